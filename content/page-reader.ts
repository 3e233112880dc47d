// The page reader the gate lends to the overlay (see utils/shared-world.ts), built from the modules
// themselves: for tests and tools that run the overlay's pipeline without the gate's bundle.
import type { PageReader } from '@/utils/shared-world';
import { detect } from './detect';
import { readPage } from './read-page';

export const modulePageReader: PageReader = { readPage, detect };
