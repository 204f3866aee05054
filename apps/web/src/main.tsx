import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { App } from './app/App';
import { SessionProvider } from './app/session';
import { createApolloClient } from './graphql/client';
import { LanguageProvider } from './i18n/language';
import './styles.css';

const client = createApolloClient();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <LanguageProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </LanguageProvider>
    </ApolloProvider>
  </StrictMode>,
);
