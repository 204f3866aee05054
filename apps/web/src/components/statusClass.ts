/** Tag tones of statuses; the colours are in styles.css (.tag-*), chosen for AA contrast (Ant's presets miss it). */
export function statusClass(status: string): string {
  switch (status) {
    case 'REQUESTED':
    case 'SUBMITTED':
    case 'OPEN':
    case 'DRAFT':
    case 'HELD':
    case 'AT_RISK':
      return 'tag-pending';
    case 'CONFIRMED':
    case 'ACCEPTED':
    case 'MATCHED':
    case 'PUBLISHED':
    case 'ACTIVE':
    case 'BOOKED':
    case 'MET':
      return 'tag-good';
    case 'COMPLETED':
    case 'ON_TRACK':
      return 'tag-info';
    case 'BREACHED':
      return 'tag-bad';
    default:
      return 'tag-neutral';
  }
}
