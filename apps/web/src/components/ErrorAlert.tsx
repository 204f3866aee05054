import { Alert, Button } from 'antd';
import { toApiError } from '../graphql/errors';
import { useLanguage } from '../i18n/language';

/** A failed request as the user sees it: what happened, the API's own message and code, and a way to retry. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useLanguage();
  const api = toApiError(error);
  const network = api.code === 'NETWORK' || api.code.startsWith('HTTP_');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('errorTitle')}
      description={
        <>
          <div>{network ? t('errorNetwork') : api.message}</div>
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
