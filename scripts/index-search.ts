// `node scripts/index-search.ts [dir]`: the search index of a built site (default dist/), as the
// build's last step writes it (src/build/search-index.ts says what it writes).
import { writeSearchIndex } from '../src/build/search-index.ts';

console.log(await writeSearchIndex(process.argv[2] ?? 'dist'));
