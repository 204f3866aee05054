import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { currentLanguage } from '../i18n/language';
import { clearStoredSession, readStoredToken } from '../app/session-storage';

/** Called when the API refuses the stored token (expired, revoked): the app forgets the session. */
let onSessionExpired: () => void = () => undefined;
export function setSessionExpiredHandler(handler: () => void): void {
  onSessionExpired = handler;
}

const headers = new SetContextLink((previous) => {
  const token = readStoredToken();
  return {
    headers: {
      ...previous.headers,
      // The API answers match reasons in this language.
      'accept-language': currentLanguage(),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  };
});

const expiredSession = new ErrorLink(({ error }) => {
  if (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') &&
    readStoredToken()
  ) {
    clearStoredSession();
    onSessionExpired();
  }
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([expiredSession, headers, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Labels and the vocabulary have no id: they are values, stored inside their parent.
        Label: { keyFields: false },
        VocabularyEnum: { keyFields: ['name'] },
      },
    }),
  });
}
