import { useEffect, useState } from 'preact/hooks';

/**
 * A polite live region. Screen readers skip text that arrives together with its region, so the
 * message is set one tick after mounting.
 */
export function LiveStatus({ message }: { message: string }) {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(message), 50);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <p class="cm-visually-hidden" role="status" aria-live="polite">
      {spoken}
    </p>
  );
}
