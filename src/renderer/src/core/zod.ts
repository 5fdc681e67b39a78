/**
 * zod, configured for the app: `jitless` stops zod probing `new Function`, which the strict
 * Content-Security-Policy forbids (the probe is caught, but the browser still reports a
 * violation). Every schema imports `z` from here, never from 'zod' directly.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
