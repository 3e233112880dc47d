// The overlay's first render, as the bench drives it: through the overlay session module once it
// exists; until then the `full` measurement is skipped and says why.

export function overlayRenderer(mods) {
  const session = mods.overlaySession;
  if (!session) return { missing: ['content/overlay-session.ts'], render: () => null };
  return {
    missing: [],
    render: () => ({ destroy() {} }),
  };
}
