// Review page enhancements; the page reads fully without them.
import { initContentsSheet, initReadingNav } from './toc.ts';
import { initPreviews } from './preview.ts';
import { initCopyButtons } from './copy.ts';

initReadingNav();
initContentsSheet();
initPreviews();
initCopyButtons();
