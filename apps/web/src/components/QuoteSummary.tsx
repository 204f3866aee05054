import type { QuoteFiguresFragment } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { useVocabulary } from '../i18n/vocabulary';
import { formatMoney } from './format';

/**
 * What a booking costs (or would cost), line by line, as the API priced it: the requester sees the sum before asking
 * and on the booking afterwards. An offering priced on quotation has no sum until its operator quotes.
 */
export function QuoteSummary({ quote }: { quote: QuoteFiguresFragment }) {
  const { t, lang } = useLanguage();
  const vocabulary = useVocabulary();
  return (
    <div className="quote" data-testid="quote">
      {quote.lines.length > 0 && (
        <ul className="quote-lines">
          {quote.lines.map((line, index) => (
            <li key={index}>
              <span>
                {t('quoteLine', {
                  kind: vocabulary.label('ChargeLineKind', line.kind),
                  quantity: line.quantity.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US'),
                  price: formatMoney(line.unitPrice, lang),
                  unit: vocabulary.phrase('ChargeUnit', line.unit),
                })}
                {line.reason ? ` (${line.reason})` : ''}
              </span>
              <span className="nowrap">{formatMoney(line.amount, lang)}</span>
            </li>
          ))}
        </ul>
      )}
      {quote.amount === null || quote.amount === undefined ? (
        <p className="muted">{vocabulary.label('QuoteStatus', quote.status)}</p>
      ) : (
        <p className="quote-total">
          <span>
            {t('quoteTotal')}
            {quote.tier === 'BASE' ? '' : ` · ${vocabulary.phrase('PriceTier', quote.tier)}`}
          </span>
          <strong className="price">{formatMoney(quote.amount, lang)}</strong>
        </p>
      )}
    </div>
  );
}
