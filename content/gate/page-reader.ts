// The page reader the gate lends to the overlay (see content/gate/shared-world.ts), built from the modules
// themselves: for tests and tools that run the overlay's pipeline without the gate's bundle.
import type { PageReader } from '@/content/gate/shared-world';
import { detect } from '../detect/detect';
import { readPage, readPageSteps } from '../read/read-page';

export const modulePageReader: PageReader = { readPage, readPageSteps, detect };
