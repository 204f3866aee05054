/** Tag colours of statuses (dark enough for white-on-colour contrast). */
export function statusColor(status: string): string {
  switch (status) {
    case 'REQUESTED':
    case 'SUBMITTED':
    case 'OPEN':
      return 'gold';
    case 'CONFIRMED':
    case 'ACCEPTED':
    case 'MATCHED':
      return 'green';
    case 'COMPLETED':
      return 'blue';
    default:
      return 'default';
  }
}
