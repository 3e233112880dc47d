// Draws the extension icon (a page with a margin note) at each size the stores ask for.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const sizes = [16, 32, 48, 96, 128];
mkdirSync('public/icon', { recursive: true });
for (const size of sizes) {
  const png = new PNG({ width: size, height: size });
  const u = size / 16;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const inPage = x >= 1 * u && x < 11 * u && y >= 1 * u && y < 15 * u;
      const inNote = x >= 12 * u && x < 15 * u && y >= 3 * u && y < 9 * u;
      const inLine = inPage && x >= 3 * u && x < 9 * u && Math.floor(y / u) % 3 === 1 && y > 2 * u;
      let rgba = [0, 0, 0, 0];
      if (inPage) rgba = [250, 248, 240, 255];
      if (inLine) rgba = [90, 90, 100, 255];
      if (inNote) rgba = [214, 120, 30, 255];
      const border =
        inPage && (x < 1 * u + u / 2 || x >= 11 * u - u / 2 || y < 1 * u + u / 2 || y >= 15 * u - u / 2);
      if (border) rgba = [40, 48, 64, 255];
      png.data.set(rgba, i);
    }
  }
  writeFileSync(`public/icon/${size}.png`, PNG.sync.write(png));
}
