import { l10n, uiLanguage } from '../l10n';
import type { PreviewLabels } from './messages';

/** The preview's own text in the language of `govreport.language` (the page is set again when it changes). */
export function previewLabels(): PreviewLabels {
  return {
    lang: uiLanguage(),
    errorOne: l10n.t('{0} error'),
    errorOther: l10n.t('{0} errors'),
    warningOne: l10n.t('{0} warning'),
    warningOther: l10n.t('{0} warnings'),
    clean: l10n.t('No problems: ready to publish.'),
    loading: l10n.t('Loading preview…'),
    firstError: l10n.t('Go to the first error'),
    firstWarning: l10n.t('Go to the first warning'),
    editHint: l10n.t('Enter or type to edit; Escape cancels'),
    fill: l10n.t('Fill with the sum: {0} (Alt+=)'),
    written: l10n.t('{0} written'),
    cleared: l10n.t('Cell cleared'),
    refused: l10n.t('Not written: {0}'),
    editLabel: l10n.t('Edit {0}'),
  };
}
