import { Dialog, Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';
import { CaseForCell } from './case-view';

export interface OpenCase {
  initiativeId: string;
  initiativeTitle: string;
  municipalityId: string;
  municipalityName: string;
}

/** The case behind a matrix cell, in a modal dialog that returns focus to the cell on close. */
export function CaseDialog({ open, onClose, onChanged }: { open: OpenCase | null; onClose(): void; onChanged(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <Dialog ref={ref} closeButton={t('app.close')} onClose={onClose} aria-labelledby="case-dialog-title" className="case-dialog">
      {open && (
        <>
          <Dialog.Block>
            <Heading level={2} data-size="sm" id="case-dialog-title">
              {t('case.title', { initiative: open.initiativeTitle, municipality: open.municipalityName })}
            </Heading>
          </Dialog.Block>
          <Dialog.Block>
            <CaseForCell initiativeId={open.initiativeId} municipalityId={open.municipalityId} onChanged={onChanged} />
          </Dialog.Block>
        </>
      )}
    </Dialog>
  );
}
