import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createDeferredFields } from '../../src/lib/browser/deferred-fields.ts';

const page = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;

describe('createDeferredFields', () => {
  it('puts each template’s fields where the template was, in order, and only under the given root', () => {
    const doc = page(
      '<div id="a"><b>before</b><template data-deferred-fields><label>배경 <select><option>라이트</option></select></label></template><button>PNG</button></div>' +
        '<div id="b"><template data-deferred-fields><textarea>글</textarea></template></div>',
    );
    expect(doc.querySelectorAll('select, textarea')).toHaveLength(0);
    createDeferredFields(doc.querySelector('#a')!);
    expect(doc.querySelector('#a')!.innerHTML).toBe(
      '<b>before</b><label>배경 <select><option>라이트</option></select></label><button>PNG</button>',
    );
    expect(doc.querySelectorAll('textarea')).toHaveLength(0); // #b is another widget's
    createDeferredFields(doc.querySelector('#a')!); // a second call finds nothing left to do
    expect(doc.querySelectorAll('#a select')).toHaveLength(1);
  });

  it('leaves other templates alone', () => {
    const doc = page('<div id="a"><template id="other"><select></select></template></div>');
    createDeferredFields(doc.querySelector('#a')!);
    expect(doc.querySelector('template#other')).not.toBeNull();
  });
});
