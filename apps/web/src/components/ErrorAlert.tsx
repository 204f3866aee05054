import type { ReactNode } from 'react';
import { Alert, Button } from 'antd';
import { toApiError, type ApiError } from '../graphql/errors';
import { useLanguage } from '../i18n/language';
import { MESSAGES, type MessageKey } from '../i18n/messages';

const messageKey = (key: string): MessageKey | undefined => (key in MESSAGES.zh ? (key as MessageKey) : undefined);

/** The user's-language sentence for an error code the API uses, if it has one (the API's own text is English). */
function explanationKey(code: string): MessageKey | undefined {
  return messageKey(`errorExplain${code}`);
}

/**
 * What the user reads for a refusal: the sentence for its reason (SLOT_UNAVAILABLE, EMAIL_TAKEN…) when the app has
 * one, else the one for its kind (CONFLICT…); undefined when it has neither.
 */
export function userMessageKey(api: ApiError): MessageKey | undefined {
  return (api.reason ? messageKey(`errorReason${api.reason}`) : undefined) ?? explanationKey(api.code);
}

/**
 * A failed request as the user sees it: what happened in their language and a way to retry. The API's own message
 * (English, for developers: ids, UTC instants) and its code are there for support, folded away when the app could
 * say it in the user's words.
 */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useLanguage();
  const api = toApiError(error);
  const network = api.code === 'NETWORK' || api.code.startsWith('HTTP_');
  const explanation = network ? 'errorNetwork' : userMessageKey(api);
  const technical = (
    <>
      {!network && <div>{api.message}</div>}
      <div className="muted">
        {t('errorCode')}: {api.code}
        {api.reason && api.reason !== api.code ? ` · ${api.reason}` : ''}
      </div>
    </>
  );
  return (
    <ErrorShell
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('retry')}
          </Button>
        ) : undefined
      }
    >
      {explanation ? (
        <>
          <div>{t(explanation)}</div>
          <details className="error-details">
            <summary>{t('errorDetails')}</summary>
            {technical}
          </details>
        </>
      ) : (
        technical
      )}
    </ErrorShell>
  );
}

/**
 * The one look of an error the app shows (a failed request, what a form's API refused): announced to screen readers,
 * titled in the user's language, with what to read in it (`children`) and an optional action.
 */
export function ErrorShell({ children, action }: { children: ReactNode; action?: ReactNode }) {
  const { t } = useLanguage();
  return <Alert type="error" showIcon role="alert" title={t('errorTitle')} description={children} action={action} />;
}
