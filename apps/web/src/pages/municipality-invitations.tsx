import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { AcceptNetworkInvitationDocument, DeclineNetworkInvitationDocument, PendingNetworkInvitationsDocument } from '@samspill/client';
import { ErrorMessage } from '../components/query-state';
import { useI18n } from '../i18n';

/**
 * A municipality's pending invitations to networks, for its editors: membership (and with it the
 * network's view of the municipality's unpublished portfolio) starts only when they accept.
 * Shown only when there is something to answer, or an answer to confirm.
 */
export function MunicipalityInvitations({ municipalityId, onChanged }: { municipalityId: string; onChanged(): void }) {
  const { t, fmt } = useI18n();
  const [{ data, error }, refetch] = useQuery({ query: PendingNetworkInvitationsDocument, variables: { municipalityId }, requestPolicy: 'network-only' });
  const [acceptState, accept] = useMutation(AcceptNetworkInvitationDocument);
  const [declineState, decline] = useMutation(DeclineNetworkInvitationDocument);
  const [answered, setAnswered] = useState<string | null>(null);
  const invitations = data?.networkInvitations ?? [];
  const mutationError = acceptState.error ?? declineState.error;
  if (!error && invitations.length === 0 && !answered && !mutationError) return null;

  const answer = async (id: string, network: string, yes: boolean) => {
    const result = yes ? await accept({ id }) : await decline({ id });
    if (result.error) return;
    setAnswered(t(yes ? 'invitations.accepted' : 'invitations.declined', { network }));
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };

  return (
    <section aria-labelledby="invitations-heading">
      <Heading level={2} data-size="sm" id="invitations-heading">
        {t('invitations.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('invitations.intro')}</Paragraph>
      {error && <ErrorMessage error={error} />}
      {mutationError && <ErrorMessage error={mutationError} />}
      {answered && (
        <Alert data-color="success" role="status">
          {answered}
        </Alert>
      )}
      <ul className="card-list" data-testid="invitations">
        {invitations.map((i) => (
          <li key={i.id}>
            <Card data-color="neutral">
              <Heading level={3} data-size="xs">
                {t('invitations.from', { network: i.network.name })}
              </Heading>
              <p className="meta">
                {t('invitations.sentOn', { date: fmt.date(i.invitedAt) })}
                {i.joinedOn ? ` · ${t('invitations.startsOn', { date: fmt.date(i.joinedOn) })}` : ''}
              </p>
              {i.message && <Paragraph data-size="sm">{i.message}</Paragraph>}
              <div className="form-row">
                <Button data-size="sm" disabled={acceptState.fetching || declineState.fetching} onClick={() => answer(i.id, i.network.name, true)}>
                  {t('invitations.accept')}
                </Button>
                <Button data-size="sm" variant="secondary" disabled={acceptState.fetching || declineState.fetching} onClick={() => answer(i.id, i.network.name, false)}>
                  {t('invitations.decline')}
                </Button>
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
