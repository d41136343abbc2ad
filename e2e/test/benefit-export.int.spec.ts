import { E2EStack, startE2EStack } from './support/e2e-stack';

/** BI tools load the benefit facts over plain HTTP through the gateway, with the same bearer tokens. */
describe('benefit facts export through the gateway', () => {
  let stack: E2EStack;
  let exportUrl: string;

  beforeAll(async () => {
    stack = await startE2EStack();
    exportUrl = stack.gatewayUrl.replace(/\/graphql$/, '/export/benefit-facts.csv');
  });
  afterAll(() => stack?.stop());

  it('streams CSV to an analyst', async () => {
    const res = await fetch(exportUrl, { headers: { authorization: `Bearer ${await stack.tokens.analyst()}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const [header] = (await res.text()).split('\n');
    expect(header).toMatch(/municipality/);
  });

  it('refuses anonymous callers and forged tokens', async () => {
    expect((await fetch(exportUrl)).status).toBe(401);
    const forged = `${(await stack.tokens.analyst()).slice(0, -4)}AAAA`;
    const res = await fetch(exportUrl, { headers: { authorization: `Bearer ${forged}` } });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a caller without a reading role', async () => {
    const participant = await stack.tokens.sign([{ role: 'participant' }], 'citizen');
    expect((await fetch(exportUrl, { headers: { authorization: `Bearer ${participant}` } })).status).toBe(403);
  });
});
