import { useMemo } from 'react';
import { Skeleton, Statistic, Table } from 'antd';
import { useQuery } from '@apollo/client/react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePhoneWidth } from '../../components/usePhoneWidth';
import { AuthorityDashboardDocument } from '../../gql-workspace/graphql';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { useAuthorityScope } from './AuthorityLayout';
import { EChart, type ChartOption } from './EChart';
import { SERVICE_MONTHS, serviceMonths } from './service-months';

const BAR = '#0958d9';

/** Counts of platforms by level, construction mode and direction, and monthly service figures, as charts. */
export default function DashboardTab() {
  const w = useWorkspaceText();
  const vocabulary = useVocabulary();
  const { scope } = useAuthorityScope();
  const phone = usePhoneWidth();
  const { fromMonth } = serviceMonths();
  const { data, error, refetch } = useQuery(AuthorityDashboardDocument, {
    variables: { scope, fromMonth, months: SERVICE_MONTHS },
    fetchPolicy: 'cache-and-network',
  });
  const dashboard = data?.authorityDashboard;
  const charts = useMemo(() => {
    if (!dashboard) return null;
    const bars = (labels: string[], values: number[]): ChartOption => ({
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { color: '#333' } },
      series: [
        {
          type: 'bar',
          data: values,
          itemStyle: { color: BAR },
          label: { show: true, position: 'right', color: '#222' },
        },
      ],
    });
    const months = dashboard.monthly.map((m) => m.month);
    const line = (name: string, values: number[], color: string) => ({
      name,
      type: 'line',
      data: values,
      smooth: false,
      symbolSize: 6,
      itemStyle: { color },
      lineStyle: { color, width: 2 },
    });
    return {
      level: bars(
        dashboard.byLevel.map((c) => vocabulary.label('PlatformLevel', c.level)),
        dashboard.byLevel.map((c) => c.count),
      ),
      mode: bars(
        dashboard.byConstructionMode.map((c) => vocabulary.label('ConstructionMode', c.constructionMode)),
        dashboard.byConstructionMode.map((c) => c.count),
      ),
      direction: bars(
        dashboard.byIndustryDirection.map((c) => vocabulary.label('IndustryDirection', c.industryDirection)),
        dashboard.byIndustryDirection.map((c) => c.count),
      ),
      hours: {
        // The unit runs up the axis's side, inside the grid's bounds (`outerBoundsContain: 'all'`): above the axis it
        // met the legend, which wraps to a second line on a phone (room is left for it there).
        grid: {
          left: 8,
          right: 16,
          top: phone ? 72 : 40,
          bottom: 8,
          outerBoundsMode: 'same',
          outerBoundsContain: 'all',
        },
        tooltip: { trigger: 'axis' },
        legend: { top: 0, textStyle: { color: '#222' } },
        xAxis: { type: 'category', data: months, axisLabel: { color: '#333' } },
        yAxis: {
          type: 'value',
          name: w('hoursUnit'),
          nameLocation: 'middle',
          nameRotate: 90,
          // Moved past the axis labels, however wide the figures grow.
          nameMoveOverlap: true,
          nameGap: 8,
          nameTextStyle: { color: '#333' },
          axisLabel: { color: '#333' },
        },
        series: [
          line(
            w('hoursPublished'),
            dashboard.monthly.map((m) => m.figures.hoursPublished),
            '#0958d9',
          ),
          line(
            w('hoursBooked'),
            dashboard.monthly.map((m) => m.figures.hoursBooked),
            '#ad4e00',
          ),
          line(
            w('hoursDelivered'),
            dashboard.monthly.map((m) => m.figures.hoursDelivered),
            '#237804',
          ),
        ],
      } satisfies ChartOption,
    };
  }, [dashboard, vocabulary, w, phone]);

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!dashboard || !charts) return <Skeleton active />;
  return (
    <>
      <section className="panel stats-row" aria-label={w('summary')}>
        <Statistic title={w('platformCount')} value={dashboard.platformCount} />
        <Statistic
          title={w('hoursDeliveredYear')}
          value={Math.round(dashboard.monthly.reduce((sum, m) => sum + m.figures.hoursDelivered, 0))}
        />
        <Statistic
          title={w('bookingsCompletedYear')}
          value={dashboard.monthly.reduce((sum, m) => sum + m.figures.bookingsCompleted, 0)}
        />
      </section>
      <div className="chart-grid">
        <section className="panel" aria-labelledby="chart-level">
          <h2 id="chart-level" className="section-title">
            {w('byLevel')}
          </h2>
          <EChart option={charts.level} label={w('byLevel')} height={200} />
        </section>
        <section className="panel" aria-labelledby="chart-mode">
          <h2 id="chart-mode" className="section-title">
            {w('byMode')}
          </h2>
          <EChart option={charts.mode} label={w('byMode')} height={260} />
        </section>
        <section className="panel" aria-labelledby="chart-direction">
          <h2 id="chart-direction" className="section-title">
            {w('byDirection')}
          </h2>
          <EChart option={charts.direction} label={w('byDirection')} height={220} />
        </section>
      </div>
      <section className="panel" aria-labelledby="chart-monthly">
        <h2 id="chart-monthly" className="section-title">
          {w('serviceOverTime')}
        </h2>
        <EChart option={charts.hours} label={w('serviceOverTime')} height={300} />
        <details>
          <summary>{w('asTable')}</summary>
          <Table
            rowKey="month"
            size="small"
            pagination={false}
            dataSource={dashboard.monthly}
            columns={[
              { title: w('month'), dataIndex: 'month' },
              { title: w('hoursPublished'), render: (_, m) => m.figures.hoursPublished },
              { title: w('hoursBooked'), render: (_, m) => m.figures.hoursBooked },
              { title: w('hoursDelivered'), render: (_, m) => m.figures.hoursDelivered },
              { title: w('bookingsCompleted'), render: (_, m) => m.figures.bookingsCompleted },
              { title: w('requestersServed'), render: (_, m) => m.figures.distinctRequestersServed },
            ]}
          />
        </details>
      </section>
    </>
  );
}
