import { useCallback } from 'react';
import { useLanguage } from './language';
import { format } from './messages';
import { WORKSPACE_MESSAGES, type WorkspaceKey } from './workspace-messages';

/**
 * The words of the operator's console, the authorities' dashboard and the site admin's page. They live beside the
 * app's other words (src/i18n) but in a module of their own, so that only those pages' chunks carry them and the
 * search page's first load does not (its 300 kB budget).
 */
export function useWorkspaceText(): (key: WorkspaceKey, values?: Record<string, string | number>) => string {
  const { lang } = useLanguage();
  return useCallback((key, values) => format(WORKSPACE_MESSAGES[lang][key], values), [lang]);
}
