import { useEffect, useState } from 'react';

/** At most this wide: a phone (styles.css's phone width). */
const PHONE = '(max-width: 600px)';

/** Whether the page is as narrow as a phone, kept up to date as the window is resized or turned. */
export function usePhoneWidth(): boolean {
  const [phone, setPhone] = useState(() => window.matchMedia(PHONE).matches);
  useEffect(() => {
    const query = window.matchMedia(PHONE);
    const changed = () => setPhone(query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return phone;
}
