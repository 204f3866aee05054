/** Tag tones of statuses; the colours are in styles.css (.tag-*), chosen for AA contrast (Ant's presets miss it). */
export function statusClass(status: string): string {
  switch (status) {
    case 'REQUESTED':
    case 'SUBMITTED':
    case 'OPEN':
      return 'tag-pending';
    case 'CONFIRMED':
    case 'ACCEPTED':
    case 'MATCHED':
      return 'tag-good';
    case 'COMPLETED':
      return 'tag-info';
    default:
      return 'tag-neutral';
  }
}
