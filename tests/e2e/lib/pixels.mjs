// Pixel checks on screenshots: proof that something really painted, not just that it exists.
import { PNG } from 'pngjs';

/**
 * Counts pixels inside `rect` (CSS px of the viewport) tinted towards amber, the highlight colour:
 * clearly more red than blue. Plain text and paper on our fixtures are neutral.
 */
export function tintedPixels(png, rect, scale = 1) {
  const image = PNG.sync.read(Buffer.from(png));
  let count = 0;
  const x0 = Math.max(0, Math.floor(rect.left * scale));
  const y0 = Math.max(0, Math.floor(rect.top * scale));
  const x1 = Math.min(image.width, Math.ceil((rect.left + rect.width) * scale));
  const y1 = Math.min(image.height, Math.ceil((rect.top + rect.height) * scale));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
      if (r - b > 40 && g - b > 15) count++;
    }
  }
  return count;
}

/** The mean luminance (0–255) of the pixels inside `rect`. */
export function meanLuminance(png, rect) {
  const image = PNG.sync.read(Buffer.from(png));
  let sum = 0;
  let n = 0;
  for (let y = Math.max(0, Math.floor(rect.top)); y < Math.min(image.height, rect.top + rect.height); y++) {
    for (let x = Math.max(0, Math.floor(rect.left)); x < Math.min(image.width, rect.left + rect.width); x++) {
      const i = (y * image.width + x) * 4;
      sum += 0.2126 * image.data[i] + 0.7152 * image.data[i + 1] + 0.0722 * image.data[i + 2];
      n++;
    }
  }
  return n ? sum / n : 0;
}
