import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectText, createTextCursor } from '../../../dom/text-collector';

function doc(html: string): Document {
  return parseHTML(
    `<!doctype html><html><head><title>T Erdogan</title></head><body>${html}</body></html>`,
  ).document;
}

describe('collectText', () => {
  it('joins inline elements and breaks at blocks', () => {
    const { text } = collectText(
      doc('<p>Hulusi <b>Akar</b> said</p><p>Recep <a href="#">Tayyip</a> Erdogan</p>'),
    );
    expect(text).toBe('Hulusi Akar said\nRecep Tayyip Erdogan\n');
  });

  it('maps every segment back to its text node exactly', () => {
    const d = doc(
      '<div>One <i>two</i></div><ul><li>three</li><li>four <span>five</span></li></ul>',
    );
    const snap = collectText(d);
    expect(snap.segments.length).toBe(5);
    for (const seg of snap.segments) {
      expect(snap.text.slice(seg.start, seg.end)).toBe(seg.node.data);
    }
    for (let i = 1; i < snap.segments.length; i++) {
      expect(snap.segments[i]!.start).toBeGreaterThanOrEqual(snap.segments[i - 1]!.end);
    }
  });

  it('skips non-visible, editable and code content, and our own UI', () => {
    const { text } = collectText(
      doc(`<p>visible</p>
        <script>Erdogan()</script><style>.Erdogan{}</style><noscript>Erdogan</noscript>
        <template><p>Erdogan</p></template><textarea>Erdogan</textarea><input value="Erdogan">
        <select><option>Erdogan</option></select><code>Erdogan</code>
        <pre><code>Erdogan</code></pre><pre class="language-js">Erdogan()</pre>
        <div class="highlight highlight-source-js"><pre>Erdogan</pre></div>
        <pre class="brush: js">Erdogan</pre><pre data-lang="py">Erdogan</pre>
        <div hidden>Erdogan</div><div contenteditable="true">Erdogan <b>typed</b></div>
        <span style="display:none">Erdogan</span><div style="color: red; DISPLAY: none">Erdogan</div>
        <p style="display: block">block</p>
        <div contenteditable="false">shown</div>
        <div id="backstory-root">Erdogan</div><div class="x backstory-card">Erdogan</div>
        <backstory-ui>Erdogan</backstory-ui><span aria-hidden="true">aria</span>`),
    );
    expect(text).not.toContain('Erdogan');
    expect(text).not.toContain('typed');
    expect(text).toContain('visible');
    expect(text).toContain('shown');
    expect(text).toContain('aria');
    expect(text).toContain('block');
  });

  it('reads preformatted text, each of its lines a line', () => {
    const snap = collectText(
      doc(
        '<p>Rundown</p><pre class="prompter">DMITRY\r\nPESKOV SAID <b>NO</b>.\nSTAY WITH US</pre><p>End</p>',
      ),
    );
    expect(snap.text).toBe('Rundown\nDMITRY \nPESKOV SAID NO.\nSTAY WITH US\nEnd\n');
    for (const seg of snap.segments) {
      expect(snap.text.slice(seg.start, seg.end)).toBe(seg.node.data.replace(/\r/g, ' '));
    }
  });

  it('turns line breaks inside text nodes into spaces (same length)', () => {
    const snap = collectText(doc('<p>Hulusi\n   Akar</p>'));
    expect(snap.text).toBe('Hulusi    Akar\n');
    expect(snap.segments[0]!.end - snap.segments[0]!.start).toBe('Hulusi\n   Akar'.length);
  });

  it('replaces line breaks across inline runs and piece cuts, keeping block breaks', () => {
    const html =
      '<section>\r\n<p>Hulusi\r\n<b>Akar\u2028</b>said\f</p>\n<p>Recep <i>Tayyip\u2029</i>\v' +
      'Erdogan\u0085</p>\n</section>';
    const flat = (data: string) => data.replace(/[\n\r\f\v\u2028\u2029\u0085]/g, ' ');
    const whole = collectText(doc(html));
    expect(whole.text).toBe('  \nHulusi  Akar said \n \nRecep Tayyip  Erdogan \n \n');
    // Cut after every text node (maxChars 1): each piece still maps exactly.
    const cursor = createTextCursor([doc(html).body]);
    const pieces: string[] = [];
    for (let snap = cursor.next(1, 1); snap; snap = cursor.next(1, 1)) {
      for (const seg of snap.segments) {
        expect(snap.text.slice(seg.start, seg.end)).toBe(flat(seg.node.data));
      }
      pieces.push(snap.text);
    }
    expect(pieces.join('').replace(/\n/g, '')).toBe(whole.text.replace(/\n/g, ''));
    for (const seg of whole.segments) {
      expect(whole.text.slice(seg.start, seg.end)).toBe(flat(seg.node.data));
    }
  });

  it('separates table cells and list items, but not inline siblings', () => {
    const { text } = collectText(
      doc('<table><tr><td>Hulusi</td><td>Akar</td></tr></table><span>a</span><span>b</span>'),
    );
    expect(text).toBe('Hulusi\nAkar\nab\n');
  });

  it('reads words in touching inline elements apart, but not a drop cap or a styled syllable', () => {
    const d = doc(
      '<nav><a>Video</a><a>Syria</a><a>Türkiye</a><a>Economy</a></nav>' +
        '<p><b>RELATED NEWS</b><a>Türkiye, US sign deal</a><a>Erdoğan: no</a></p>' +
        '<p><span class="dropcap">A</span>NKARA — Erdo<b>ğan</b> and <i>Hulusi</i><b>Akar</b></p>' +
        '<ol><li><a><span class="rank">2</span>Peskov says</a></li></ol>' +
        '<p><mark>ERDO</mark>ĞAN TELLS <mark>PUT</mark>IN</p><p><a>Idlib</a><a>refugees</a></p>' +
        '<div><span class="label">Russia</span><span class="val">1,204</span></div>' +
        '<div><span class="ts">0:00</span><span>turkey and russia</span></div>',
    );
    const snap = collectText(d);
    expect(snap.text).toBe(
      'Video Syria Türkiye Economy\nRELATED NEWS Türkiye, US sign deal Erdoğan: no\n' +
        'ANKARA — Erdoğan and Hulusi Akar\n2 Peskov says\nERDOĞAN TELLS PUTIN\nIdlib refugees\n' +
        'Russia 1,204\n0:00 turkey and russia\n',
    );
    for (const seg of snap.segments) {
      expect(snap.text.slice(seg.start, seg.end)).toBe(seg.node.data);
    }
  });

  it('sets superscripts and subscripts apart from the words around them', () => {
    const d = doc('<p>Emre Ersen<sup>b</sup>, Hulusi Akar<sup>1,2</sup> and CO<sub>2</sub></p>');
    const snap = collectText(d);
    expect(snap.text).toBe('Emre Ersen b , Hulusi Akar 1,2  and CO 2 \n');
    for (const seg of snap.segments) {
      expect(snap.text.slice(seg.start, seg.end)).toBe(seg.node.data);
    }
  });

  it('puts ruby annotations on a line of their own, sets isolated text apart, skips ruby parentheses', () => {
    const d = doc(
      '<p>وأكد و<bdi>Putin</bdi> في <ruby>حميميم<rp>(</rp><rt>Hmeimim</rt><rp>)</rp></ruby></p>' +
        '<p>The voice is <ruby>Peskov<rp>(</rp><rt>PYES-kof</rt><rp>)</rp></ruby>, who</p>',
    );
    expect(collectText(d).text).toBe(
      'وأكد و Putin  في حميميم\nHmeimim\nThe voice is Peskov\nPYES-kof\n, who\n',
    );
  });

  it('treats <br> as a block boundary', () => {
    expect(collectText(doc('<p>Hulusi<br>Akar</p>')).text).toBe('Hulusi\nAkar\n');
  });

  it('works on a subtree root and survives very deep nesting', () => {
    const d = doc(
      `<main id="m">${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}</main><p>outside</p>`,
    );
    const main = d.getElementById('m')!;
    const snap = collectText(main);
    expect(snap.text.trim()).toBe('deep');
  });

  it('descends into open shadow roots when the DOM supports them', () => {
    const d = doc('<div id="host"></div><p>after</p>');
    const host = d.getElementById('host')!;
    if (typeof host.attachShadow !== 'function') return;
    const root = host.attachShadow({ mode: 'open' });
    const p = d.createElement('p');
    p.textContent = 'in shadow';
    root.appendChild(p);
    const { text } = collectText(d);
    expect(text).toContain('in shadow');
    expect(text.indexOf('in shadow')).toBeLessThan(text.indexOf('after'));
  });
});
