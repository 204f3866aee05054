import { toApiError } from '../graphql/errors';
import { ErrorAlert } from './ErrorAlert';
import { NotFoundState } from './NotFoundState';

/**
 * A page whose own record (the id in its address) failed to load. An id the API does not know, or one that is no
 * id at all, is a page that does not exist: retrying cannot help, so it reads as not found, not as the API's
 * message. Anything else is a failed request, shown with its code and a retry.
 */
export function PageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const api = toApiError(error);
  const malformedId = api.code === 'BAD_USER_INPUT' && api.fields.some((f) => f.field === 'id');
  if (api.code === 'NOT_FOUND' || malformedId) return <NotFoundState />;
  return <ErrorAlert error={error} onRetry={onRetry} />;
}
