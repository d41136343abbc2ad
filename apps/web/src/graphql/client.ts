import { cacheExchange, Client, fetchExchange } from 'urql';

/**
 * One urql client per session: the bearer token goes in every request, and a new sign-in
 * gets a fresh client (and cache), so nothing one persona saw leaks into another's view.
 */
export function createGraphqlClient(token: string | null): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: (): RequestInit => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });
}
