import { toApiError } from '../graphql/errors';
import { useLanguage } from '../i18n/language';
import { ErrorAlert } from './ErrorAlert';
import { NotForYou } from './NotForYou';
import { NotFoundState } from './NotFoundState';

/**
 * A page whose own record (the id in its address) failed to load. An id the API does not know, or one that is no
 * id at all, is a page that does not exist: retrying cannot help, so it reads as not found, not as the API's
 * message; a record the account may not see (another region's, another organization's) reads as not for you.
 * Anything else is a failed request, shown with its code and a retry.
 */
export function PageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useLanguage();
  const api = toApiError(error);
  if (api.code === 'FORBIDDEN') return <NotForYou reason={t('pageForbidden')} />;
  const malformedId = api.code === 'BAD_USER_INPUT' && api.fields.some((f) => f.field === 'id');
  if (api.code === 'NOT_FOUND' || malformedId) return <NotFoundState />;
  return <ErrorAlert error={error} onRetry={onRetry} />;
}
