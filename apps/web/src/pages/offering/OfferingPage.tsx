import { Descriptions, Empty, Rate, Skeleton, Tag } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { PageError } from '../../components/PageError';
import { formatDate, formatMoney } from '../../components/format';
import { usePageTitle } from '../../components/usePageTitle';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { BookingPanel } from './BookingPanel';
import { OfferingDocument } from '../../gql/graphql';

export default function OfferingPage() {
  const { id = '' } = useParams();
  const { t, lang, pick } = useLanguage();
  const vocabulary = useVocabulary();
  const { data, error, refetch } = useQuery(OfferingDocument, { variables: { id } });
  const offering = data?.offering;
  usePageTitle(offering ? pick(offering.title, offering.titleEn) : undefined);

  if (error) return <PageError error={error} onRetry={() => void refetch()} />;
  if (!offering) return <Skeleton active />;
  const { platform } = offering;
  // What the signed-in requester pays (their tier); the base price for visitors.
  const price = offering.yourPrice.amount;
  const equipmentNames = new Map(offering.equipment.map((e) => [e.id, pick(e.name, e.nameEn)]));

  return (
    <article>
      <h1 className="page-title">{pick(offering.title, offering.titleEn)}</h1>
      <div style={{ marginBottom: 16 }}>
        <Tag className="tag-info">{vocabulary.label('ServiceType', offering.serviceType)}</Tag>
        {offering.accreditations.map((a) => (
          <Tag key={a}>{vocabulary.label('Accreditation', a)}</Tag>
        ))}
      </div>

      <section className="panel" aria-labelledby="offering-about">
        <h2 id="offering-about" className="section-title">
          {t('description')}
        </h2>
        <p style={{ whiteSpace: 'pre-line' }}>{pick(offering.description, offering.descriptionEn)}</p>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('price')}>
            <span className="price">
              {price === null || price === undefined
                ? t('onQuotation')
                : `${formatMoney(price, lang)} · ${vocabulary.phrase('PriceModel', offering.pricing.model)}${
                    offering.yourPrice.tier === 'BASE'
                      ? ''
                      : ` · ${vocabulary.phrase('PriceTier', offering.yourPrice.tier)}`
                  }`}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('leadTimeLabel')}>{t('days', { n: offering.leadTimeDays })}</Descriptions.Item>
          {offering.scale && (
            <Descriptions.Item label={t('scale')}>
              {offering.scale.min}–{offering.scale.max} {offering.scale.unit}
            </Descriptions.Item>
          )}
          {offering.keywords.length > 0 && (
            <Descriptions.Item label={t('keywords')}>{offering.keywords.join(t('comma'))}</Descriptions.Item>
          )}
        </Descriptions>
      </section>

      <section className="panel" aria-labelledby="offering-platform">
        <h2 id="offering-platform" className="section-title">
          {t('platformHeading', { name: pick(platform.name, platform.nameEn) })}
        </h2>
        {(platform.summary || platform.summaryEn) && <p>{pick(platform.summary, platform.summaryEn)}</p>}
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          {platform.organization && (
            <Descriptions.Item label={t('operator')}>
              {pick(platform.organization.name, platform.organization.nameEn)}{' '}
              <Tag className={platform.organization.verified ? 'tag-verified' : undefined}>
                {t(platform.organization.verified ? 'operatorVerified' : 'operatorUnverified')}
              </Tag>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('level')}>{vocabulary.label('PlatformLevel', platform.level)}</Descriptions.Item>
          <Descriptions.Item label={t('constructionMode')}>
            {vocabulary.label('ConstructionMode', platform.constructionMode)}
          </Descriptions.Item>
          <Descriptions.Item label={t('industryDirection')}>
            {vocabulary.label('IndustryDirection', platform.industryDirection)}
          </Descriptions.Item>
          <Descriptions.Item label={t('location')}>
            {vocabulary.label('Province', platform.province)} · {platform.city}
            {platform.address ? ` · ${platform.address}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('accreditations')}>
            {platform.accreditations.length
              ? platform.accreditations.map((a) => vocabulary.label('Accreditation', a)).join(t('comma'))
              : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('keyDomains')}>
            {platform.keyDomains.map((d) => vocabulary.label('KeyDomain', d)).join(t('comma')) || '—'}
          </Descriptions.Item>
          {(platform.contact.name || platform.contact.email || platform.contact.phone) && (
            <Descriptions.Item label={t('contact')}>
              {[platform.contact.name, platform.contact.phone, platform.contact.email].filter(Boolean).join(' · ')}
            </Descriptions.Item>
          )}
          {platform.website && (
            <Descriptions.Item label={t('website')}>
              {/^https?:\/\//.test(platform.website) ? (
                <a href={platform.website} target="_blank" rel="noopener noreferrer nofollow">
                  {platform.website}
                </a>
              ) : (
                platform.website
              )}
            </Descriptions.Item>
          )}
        </Descriptions>
      </section>

      <section className="panel" aria-labelledby="offering-equipment">
        <h2 id="offering-equipment" className="section-title">
          {t('equipment')}
        </h2>
        {offering.equipment.length === 0 ? (
          <Empty description="—" />
        ) : (
          offering.equipment.map((equipment) => (
            <div key={equipment.id} style={{ marginBottom: 12 }}>
              <h3 style={{ fontSize: 15, margin: '0 0 4px' }}>
                {pick(equipment.name, equipment.nameEn)}
                <span className="muted">
                  {' '}
                  · {equipment.category}
                  {equipment.manufacturer ? ` · ${equipment.manufacturer}` : ''}
                  {equipment.model ? ` ${equipment.model}` : ''}
                  {equipment.capacity ? ` · ${equipment.capacity.value} ${equipment.capacity.unit}` : ''}
                </span>
              </h3>
              {equipment.specifications.length > 0 && (
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {equipment.specifications.map((spec) => (
                    <li key={spec.key}>
                      {spec.key}: {spec.value}
                      {spec.unit ? ` ${spec.unit}` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))
        )}
      </section>

      <section className="panel" aria-labelledby="offering-reviews">
        <h2 id="offering-reviews" className="section-title">
          {t('reviews')}
        </h2>
        {offering.ratingAverage ? (
          <div>
            <Rate disabled allowHalf value={offering.ratingAverage} aria-hidden="true" />{' '}
            <span>{t('rating', { avg: offering.ratingAverage.toFixed(1), n: offering.ratingCount })}</span>
          </div>
        ) : (
          <p className="muted">{t('noReviews')}</p>
        )}
        {(data?.offeringReviews.length ?? 0) > 0 && (
          <ul className="reviews">
            {data?.offeringReviews.map((review, index) => (
              <li key={index}>
                <strong>{t('stars', { n: review.rating })}</strong>{' '}
                <span className="muted">{formatDate(review.reviewedAt, lang)}</span>
                {review.comment && <p>{review.comment}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <BookingPanel offeringId={offering.id} priceModel={offering.pricing.model} equipmentNames={equipmentNames} />
    </article>
  );
}
