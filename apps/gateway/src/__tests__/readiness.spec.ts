import { readyUrlOf } from '../readiness';

describe('readyUrlOf', () => {
  it.each([
    ['http://127.0.0.1:4001/graphql', 'http://127.0.0.1:4001/ready'],
    ['http://network-strategy:4001/graphql/', 'http://network-strategy:4001/ready'],
    ['https://api.example/ns/graphql?x=1', 'https://api.example/ns/ready'],
    ['http://host:4001/', 'http://host:4001/ready'],
  ])('%s → %s', (graphqlUrl, readyUrl) => {
    expect(readyUrlOf(graphqlUrl)).toBe(readyUrl);
  });
});
