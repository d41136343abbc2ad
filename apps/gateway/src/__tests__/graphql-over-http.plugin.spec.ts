import { GRAPHQL_RESPONSE_JSON, responseMediaType } from '../graphql-over-http.plugin';

describe('response media type negotiation', () => {
  it('answers application/json without Accept, on a tie and for */*', () => {
    expect(responseMediaType(undefined)).toBe('application/json');
    expect(responseMediaType('*/*')).toBe('application/json');
    expect(responseMediaType(`${GRAPHQL_RESPONSE_JSON}, application/json`)).toBe('application/json');
  });

  it('answers application/graphql-response+json when the client prefers it', () => {
    expect(responseMediaType(GRAPHQL_RESPONSE_JSON)).toBe(GRAPHQL_RESPONSE_JSON);
    expect(responseMediaType(`${GRAPHQL_RESPONSE_JSON}, application/json;q=0.9`)).toBe(GRAPHQL_RESPONSE_JSON);
    expect(responseMediaType(`application/*;q=0.5, ${GRAPHQL_RESPONSE_JSON}`)).toBe(GRAPHQL_RESPONSE_JSON);
  });
});
