import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WxtVitest does not pick up wxt.config's Vite plugins, so Preact is added here too.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/dom/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    restoreMocks: true,
    // Speed is the bench's business: a property test on a busy 2-core machine must not fail on time.
    testTimeout: 60_000,
  },
});
