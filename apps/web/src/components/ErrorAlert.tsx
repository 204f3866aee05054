import { Alert, Button } from 'antd';
import { toApiError } from '../graphql/errors';
import { useLanguage } from '../i18n/language';
import { MESSAGES, type MessageKey } from '../i18n/messages';

/** The user's-language sentence for an error code the API uses, if it has one (the API's own text is English). */
export function explanationKey(code: string): MessageKey | undefined {
  const key = `errorExplain${code}`;
  return key in MESSAGES.zh ? (key as MessageKey) : undefined;
}

/** A failed request as the user sees it: what happened, the API's own message and code, and a way to retry. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useLanguage();
  const api = toApiError(error);
  const network = api.code === 'NETWORK' || api.code.startsWith('HTTP_');
  const explanation = explanationKey(api.code);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('errorTitle')}
      description={
        <>
          {network ? (
            <div>{t('errorNetwork')}</div>
          ) : (
            <>
              {explanation && <div>{t(explanation)}</div>}
              <div className={explanation ? 'muted' : undefined}>{api.message}</div>
            </>
          )}
          <div className="muted">
            {t('errorCode')}: {api.code}
          </div>
        </>
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
