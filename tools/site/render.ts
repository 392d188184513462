import { citeWith } from '../../src/citation.ts';
import { countBy } from '../../src/count.ts';
import type { Dataset, Document, Position } from '../../src/generated/types.ts';
import { IDENTITY } from '../../src/identity.ts';
import { provisionKeys, provisionNumber } from '../../src/provision.ts';
import type { Study } from '../../src/reliability/study.ts';
import { summarizeSurveys } from '../../src/survey-summary.ts';
import { withAncestors } from '../../src/topic-tree.ts';
import { highlight } from './highlight.ts';
import { esc, page, STANCE_ICON } from './html.ts';
import { type Downloads, datasetJsonLd, jsonLdScript } from './jsonld.ts';
import { reliabilitySection } from './reliability.ts';

type Vocab = Omit<Dataset['vocabularies'], 'codebookVersion'>;
const label = (data: Dataset, vocab: keyof Vocab, id: string) =>
  data.vocabularies[vocab].find((t) => t.id === id)?.label.en ?? id;
const topicLabel = (data: Dataset, id: string) =>
  data.topics.find((t) => t.id === id)?.label.en ?? id;
const articleAnchor = (instrument: string, article: number) => `${instrument}-art-${article}`;
const provisionLabel = (data: Dataset, key: string) => {
  const [instrument = '', number = ''] = key.split(':');
  const name = data.instruments.find((i) => i.id === instrument)?.shortTitle ?? instrument;
  return `${name}, art. ${number}`;
};

const ROLE_NOTE: Record<string, string> = {
  lede: "Publisher's lead-in: not the speaker's words",
  narration: "Publisher's report: not the speaker's words",
};

function stanceBadge(data: Dataset, value: string): string {
  return `<span class="stance stance-${esc(value)}">${STANCE_ICON[value] ?? ''}<span>${esc(label(data, 'stance', value))}</span></span>`;
}

/** The lang and dir attributes of a document's own words: Persian reads right to left. */
function sourceAttrs(doc: Document): string {
  const rtl = ['fa', 'ar', 'he', 'ur'].includes(doc.language);
  return `lang="${esc(doc.language)}" dir="${rtl ? 'rtl' : 'ltr'}"`;
}

/** "paragraph" or, for a transcript cut into sentences, "sentence". */
const unitOf = (doc: Document) => (doc.paragraphing === 'sentence' ? 'sentence' : 'paragraph');

const INTERPRETER =
  "The words are the English interpreter's, as a machine transcribed them, not the speaker's.";

function claimCard(data: Dataset, doc: Document, p: Position): string {
  const articles = p.articles.map((a) => {
    const instrument = data.instruments.find((i) => i.id === a.instrument);
    const title = instrument?.articles.find((x) => x.number === a.article)?.title ?? '';
    return `<li><a href="../index.html#${esc(articleAnchor(a.instrument, a.article))}" title="${esc(title)}">${esc(instrument?.shortTitle ?? a.instrument)}, art. ${esc(provisionNumber(a))}</a> <span class="muted">(${esc(label(data, 'articleRelation', a.relation))}${a.explicit ? ', named' : ''})</span></li>`;
  });
  const citation = citeWith(data.__meta, p, doc, 'apa') ?? '';
  return `<article class="claim" id="${esc(p.id)}" tabindex="0" aria-labelledby="${esc(p.id)}-title"
  data-topics="${esc(p.topics.join(' '))}" data-ancestors="${esc(ancestors(data, p.topics).join(' '))}" data-stance="${esc(p.stance.value)}" data-target-kind="${esc(p.stance.target.kind)}" data-speech-act="${esc(p.speechAct)}" data-articles="${esc([...new Set(p.articles.flatMap(provisionKeys))].join(' '))}">
  <h3 id="${esc(p.id)}-title"><a class="permalink" href="#${esc(p.id)}">${esc(p.id.split('.').pop() ?? p.id)}</a> ${stanceBadge(data, p.stance.value)} <span class="act">${esc(label(data, 'speechAct', p.speechAct))}</span></h3>
  <blockquote ${sourceAttrs(doc)}>${esc(p.quote.text)}</blockquote>
  ${doc.language === 'en' && p.translation.en === p.quote.text ? '' : `<p class="translation" lang="en">${esc(p.translation.en)}</p>`}
  ${doc.source.kind === 'interpretation-transcript' ? `<p class="muted interpreted">${esc(INTERPRETER)}</p>` : ''}
  <dl>
    <dt>Target</dt><dd>${esc(p.stance.target.text)} <span class="muted">(${esc(label(data, 'targetKind', p.stance.target.kind))})</span></dd>
    <dt>Topics</dt><dd>${p.topics.map((t) => esc(topicLabel(data, t))).join(', ')}</dd>
    ${articles.length ? `<dt>Articles</dt><dd><ul class="inline">${articles.join('')}</ul></dd>` : ''}
    <dt>${unitOf(doc) === 'sentence' ? 'Sentence' : 'Paragraph'}</dt><dd>${p.paragraph}</dd>
  </dl>
  ${p.note ? `<details><summary>Coder's note</summary><p>${esc(p.note)}</p></details>` : ''}
  <div class="cite"><label for="${esc(p.id)}-cite">Cite</label><textarea id="${esc(p.id)}-cite" readonly rows="3">${esc(citation)}</textarea><button type="button" class="copy" data-copy="${esc(p.id)}-cite">Copy citation</button></div>
</article>`;
}

function ancestors(data: Dataset, topics: readonly string[]): string[] {
  const parentOf = new Map(data.topics.map((t) => [t.id, t.parent]));
  return [...new Set(topics.flatMap((t) => withAncestors(t, (at) => parentOf.get(at))))];
}

function options(values: { id: string; label: string }[]): string {
  return values.map((v) => `<option value="${esc(v.id)}">${esc(v.label)}</option>`).join('');
}

/** The reading page of one document: the source beside its translation, and the claims panel. */
export function documentPage(data: Dataset, doc: Document): string {
  const positions = data.positions.filter((p) => p.document === doc.id && p.status === 'active');
  const used = <T extends string>(get: (p: Position) => T[]) => [
    ...new Set(positions.flatMap(get)),
  ];
  const rows = doc.paragraphs.map((para) => {
    const spans = positions
      .filter((p) => p.paragraph === para.n)
      .map((p) => ({ position: p, start: p.quote.start, end: p.quote.end }));
    const fa = highlight(
      para.text,
      spans,
      (s, inner) =>
        `<mark class="hl stance-${esc(s.position.stance.value)}" id="hl-${esc(s.position.id)}" data-position="${esc(s.position.id)}" tabindex="-1">${inner}</mark><a class="hl-badge stance-${esc(s.position.stance.value)}" href="#${esc(s.position.id)}" aria-label="claim ${esc(s.position.id)}, ${esc(s.position.stance.value)}">${STANCE_ICON[s.position.stance.value] ?? ''}${esc(s.position.id.split('.').pop() ?? '')}</a>`,
      esc,
    );
    const role = ROLE_NOTE[para.role];
    // An English source needs no translation beside it unless a sic reading changes a word.
    const translated = doc.language !== 'en' || para.translation.en !== para.text;
    return `<section class="para role-${esc(para.role)}" id="p${para.n}" aria-label="${unitOf(doc) === 'sentence' ? 'Sentence' : 'Paragraph'} ${para.n}">
  <div class="n">${para.n}</div>
  ${role ? `<p class="role-note">${esc(role)}</p>` : ''}
  <p class="source-text ${doc.language === 'fa' ? 'fa' : 'ltr'}" ${sourceAttrs(doc)}>${fa}</p>
  ${translated ? `<p class="en" lang="en" dir="ltr">${esc(para.translation.en)}</p>` : ''}
  ${para.sic.length ? `<p class="sic">${para.sic.map((s) => `<span ${sourceAttrs(doc)}>${esc(s.text)}</span> <span class="muted">sic, for</span> <span ${sourceAttrs(doc)}>${esc(s.reading)}</span>`).join('; ')}</p>` : ''}
  ${para.note ? `<p class="muted para-note">${esc(para.note)}</p>` : ''}
</section>`;
  });
  const meta = `<dl class="meta">
  <dt>Speaker</dt><dd>${esc(doc.speaker.name.en)} (<span lang="fa" dir="rtl">${esc(doc.speaker.name.fa)}</span>), ${esc(doc.speaker.office.en)}. <span class="muted">${esc(doc.speaker.attribution)}</span></dd>
  <dt>Delivered</dt><dd>${doc.delivered.earliest === doc.delivered.latest ? esc(doc.delivered.earliest) : `${esc(doc.delivered.earliest)} or ${esc(doc.delivered.latest)}`}${doc.delivered.confirmed ? '' : ' <strong>(day unconfirmed)</strong>'}. <span class="muted">${esc(doc.delivered.note)}</span></dd>
  <dt>Source</dt><dd>${esc(label(data, 'sourceKind', doc.source.kind))}${doc.source.symbol ? ` ${esc(doc.source.symbol)}` : ''}: ${esc(doc.source.publisher.en)} (<span lang="fa" dir="rtl">${esc(doc.source.publisher.fa)}</span>), ${esc(doc.source.published)}: <a href="${esc(doc.source.url)}" rel="noreferrer">${esc(doc.source.url)}</a>${doc.source.copy ? ` <span class="muted">Copy from ${esc(doc.source.copy.repository)}, ${esc(doc.source.copy.path)} at ${esc(doc.source.copy.commit.slice(0, 12))}. ${esc(doc.source.copy.note)}</span>` : ''}</dd>
  <dt>Delivered text</dt><dd class="muted">${esc(doc.deliveredText.note)}</dd>
  ${doc.scope ? `<dt>Coded scope</dt><dd>${unitOf(doc) === 'sentence' ? 'Sentences' : 'Paragraphs'} ${doc.scope.paragraphs.join(', ')} of the source. <span class="muted">${esc(doc.scope.rule)}</span></dd>` : ''}
  <dt>SHA-256</dt><dd><code>${esc(doc.source.sha256)}</code> of <code>${esc(doc.source.file)}</code></dd>
  ${doc.witnesses.map((w) => `<dt>Also</dt><dd>${esc(w.publisher)}${w.published ? `, ${esc(w.published)}` : ''}: ${esc(w.note)}</dd>`).join('\n  ')}
</dl>`;
  const body = `<header class="top"><a href="../index.html">${esc(IDENTITY.name)}</a> <span class="muted">${esc(data.__meta.version)}</span></header>
<main id="main">
<h1><span lang="en">${esc(doc.title.en)}</span></h1>
<p class="fa-title" lang="fa" dir="rtl">${esc(doc.title.fa)}</p>
${meta}
<div class="reader">
  <div class="text">
    <h2>${doc.scope ? `The coded scope, ${unitOf(doc)} by ${unitOf(doc)}` : 'The statement, paragraph by paragraph'}</h2>
    ${rows.join('\n')}
  </div>
  <aside class="claims" aria-labelledby="claims-title">
    <h2 id="claims-title">Claims</h2>
    <form class="filters" aria-label="Filter claims">
      <label>Topic <select name="topic"><option value="">All topics</option>${options(data.topics.filter((t) => used((p) => ancestors(data, p.topics)).includes(t.id)).map((t) => ({ id: t.id, label: t.label.en })))}</select></label>
      <label>Stance <select name="stance"><option value="">All stances</option>${options(used((p) => [p.stance.value]).map((v) => ({ id: v, label: label(data, 'stance', v) })))}</select></label>
      <label>Target kind <select name="target-kind"><option value="">All target kinds</option>${options(used((p) => [p.stance.target.kind]).map((v) => ({ id: v, label: label(data, 'targetKind', v) })))}</select></label>
      <label>Speech act <select name="speech-act"><option value="">All speech acts</option>${options(used((p) => [p.speechAct]).map((v) => ({ id: v, label: label(data, 'speechAct', v) })))}</select></label>
      <label>Provision <select name="article"><option value="">All provisions</option>${options(used((p) => p.articles.flatMap(provisionKeys)).map((v) => ({ id: v, label: provisionLabel(data, v) })))}</select></label>
    </form>
    <p class="count" aria-live="polite"><span data-count>${positions.length}</span> of ${positions.length} claims</p>
    <div class="claim-list">
${positions.map((p) => claimCard(data, doc, p)).join('\n')}
    </div>
  </aside>
</div>
</main>
${versionFooter(data.__meta)}`;
  return page({
    title: `${doc.title.en} – ${IDENTITY.name}`,
    body,
    root: '../',
    description: `The claims of ${doc.title.en}, quoted and coded.`,
  });
}

/** Counts drawn as bars, with the numbers written out so the chart is not the only way to read them. */
function bars(title: string, counts: [string, string, number][], max: number): string {
  const height = 22;
  const rows = counts
    .map(
      ([key, name, n], i) =>
        `<g transform="translate(0 ${i * height})"><text x="0" y="15">${esc(name)}</text><rect class="bar bar-${esc(key)}" x="310" y="4" width="${Math.max(2, (n / max) * 190)}" height="14"/><text x="${316 + (n / max) * 190}" y="15">${n}</text></g>`,
    )
    .join('');
  return `<figure><svg role="img" aria-label="${esc(title)}: ${esc(counts.map(([, name, n]) => `${name} ${n}`).join(', '))}" viewBox="0 0 540 ${counts.length * height}" class="chart">${rows}</svg><figcaption>${esc(title)}</figcaption></figure>`;
}

/** Which data a page shows: a release with its date, or a build between releases, never both. */
export function versionFooter(meta: Dataset['__meta']): string {
  const which = meta.released
    ? `Version ${esc(meta.version)}, released ${esc(meta.released)}.`
    : `Unreleased build ${esc(meta.version)}: not a released version; cite it by its data fingerprint.`;
  return `<footer class="version" data-version="${esc(meta.version)}"><p>${which} Data fingerprint <code>${esc(meta.fingerprint.slice(0, 12))}</code>, codebook ${esc(meta.codebookVersion)}.</p></footer>`;
}

/** The overview: documents, counts by topic and stance, the instruments, the data's version. */
export function overviewPage(
  data: Dataset,
  downloads?: Downloads,
  reliability: readonly Study[] = [],
): string {
  const active = data.positions;
  const count = (key: (p: Position) => string, of: readonly Position[] = active) =>
    [...countBy(of, key)].sort((a, b) => b[1] - a[1]);
  // One stance chart per target kind: opposing a crime and opposing a provision are never summed;
  // and only declared stances, as stanceMatrix counts them: an inferred one is named below.
  const declared = active.filter((p) => p.stance.basis === 'explicit');
  const implied = active.filter((p) => p.stance.basis === 'implied');
  const kinds = [...new Set(declared.map((p) => p.stance.target.kind))];
  const referred = new Set(
    active.flatMap((p) => p.articles.map((a) => `${a.instrument}:${a.article}`)),
  );
  const unreferred = data.instruments.flatMap((i) =>
    i.articles
      .filter((a) => !referred.has(`${i.id}:${a.number}`))
      .map((a) => `${i.shortTitle}, article ${a.number}`),
  );
  const stanceByKind = kinds.map((kind) => ({
    kind,
    counts: count((p) => (p.stance.target.kind === kind ? p.stance.value : ''), declared)
      .filter(([k]) => k !== '')
      .map(([k, n]) => [k, label(data, 'stance', k), n] as [string, string, number]),
  }));
  const topic = count((p) => p.topics[0] ?? '').map(
    ([k, n]) => [k, topicLabel(data, k), n] as [string, string, number],
  );
  const max = Math.max(
    ...stanceByKind.flatMap((s) => s.counts.map((c) => c[2])),
    ...topic.map((s) => s[2]),
    1,
  );
  const body = `<header class="top"><a href="index.html">${esc(IDENTITY.name)}</a> <span class="muted">${esc(data.__meta.version)}</span></header>
<main id="main">
<h1>${esc(IDENTITY.subject)}</h1>
<p>Every claim in each statement: who makes it, about what, which way, in whose exact words, and what that means in English.</p>
<h2>Documents</h2>
${documentsByEvent(data)}
<h2>Who said what</h2>
${whoSaidWhat(data)}
${surveysSection(data)}
<h2>Stances, within each kind of target</h2>
<p>Stances are counted within one kind of target only: opposing a crime nobody defends and opposing a provision of the Convention are different things.</p>
<div class="charts">${stanceByKind.map((s) => bars(`Stances toward ${withArticle(label(data, 'targetKind', s.kind).toLowerCase())}`, s.counts, max)).join('')}</div>
${implied.length ? `<p class="muted">Not in these charts: ${implied.length} implied stance${implied.length === 1 ? '' : 's'}, read from the context rather than declared (${implied.map((p) => `${esc(p.id)}: ${esc(p.stance.value)} toward ${esc(label(data, 'targetKind', p.stance.target.kind).toLowerCase())}`).join('; ')}).</p>` : ''}
<h2>Claims by primary topic</h2>
<div class="charts">${bars('Claims by primary topic', topic, max)}</div>
<h2>Treaty articles the claims refer to</h2>
<dl class="articles">
${data.instruments.flatMap((i) => i.articles.filter((a) => referred.has(`${i.id}:${a.number}`)).map((a) => `<dt id="${esc(articleAnchor(i.id, a.number))}">${esc(i.shortTitle)}, article ${a.number}: ${esc(a.title)}</dt><dd>${esc(a.summary ?? '')}${a.paragraphs?.length ? `<ol class="provisions">${a.paragraphs.map((p) => `<li value="${p.number}">${esc(p.summary)}</li>`).join('')}</ol>` : ''} <span class="muted">${a.confirmed ? 'Checked at' : 'Not checked against a text of the instrument; seen at'} ${a.sources.map((s) => `<a href="${esc(s)}" rel="noreferrer">${esc(new URL(s).host)}</a>`).join(', ')}.</span></dd>`)).join('\n')}
</dl>
${unreferred.length ? `<p class="muted">The registry also describes ${unreferred.map(esc).join(', ')}, which no claim in force refers to (kept for the notes that weigh them).</p>` : ''}
${reliabilitySection(reliability)}
<h2>This data</h2>
<dl class="meta">
<dt>Version</dt><dd>${esc(data.__meta.version)}${data.__meta.released ? `, released ${esc(data.__meta.released)}` : ' (unreleased build)'}</dd>
<dt>Fingerprint</dt><dd><code>${esc(data.__meta.fingerprint)}</code> (SHA-256 of the data)</dd>
<dt>Codebook</dt><dd>${esc(data.__meta.codebookVersion)}</dd>
${downloads ? `<dt>Download</dt><dd><a href="${esc(downloads.archive)}">${esc(downloads.archive.split('/').pop() ?? '')}</a> (every file, with SHA256SUMS)</dd>` : ''}
</dl>
</main>
${versionFooter(data.__meta)}
${jsonLdScript(datasetJsonLd(data.__meta, downloads))}`;
  return page({
    title: IDENTITY.name,
    body,
    root: '',
    description: `${IDENTITY.subject}.`,
  });
}

/** The documents under the event each was delivered at, events in date order. */
function documentsByEvent(data: Dataset): string {
  const events = [...data.events].sort((a, b) => a.startDate.localeCompare(b.startDate));
  return events
    .filter((e) => data.documents.some((d) => d.event === e.id))
    .map(
      (
        e,
      ) => `<h3>${esc(e.name.en)} <span class="muted">(${esc(e.startDate)} to ${esc(e.endDate)})</span></h3>
<ul class="docs">
${data.documents
  .filter((d) => d.event === e.id)
  .map(
    (d) =>
      `<li><a href="documents/${esc(d.id)}.html">${esc(d.title.en)}</a> <span class="muted">(${data.positions.filter((p) => p.document === d.id).length} claims; ${esc(label(data, 'sourceKind', d.source.kind).toLowerCase())}${d.source.symbol ? ` ${esc(d.source.symbol)}` : ''}; ${esc(d.source.published)})</span></li>`,
  )
  .join('\n')}
</ul>`,
    )
    .join('\n');
}

/** One row a state: its documents, its claims, and its declared stances toward each kind of target. */
function whoSaidWhat(data: Dataset): string {
  const actors = [...new Set(data.positions.map((p) => p.actor))];
  const rows = actors.map((id) => {
    const own = data.positions.filter((p) => p.actor === id);
    const docs = data.documents.filter((d) => own.some((p) => p.document === d.id));
    const byKind = [
      ...countBy(
        own.filter((p) => p.stance.basis === 'explicit'),
        (p) => `${p.stance.target.kind}:${p.stance.value}`,
      ),
    ]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([key, n]) => {
        const [kind = '', value = ''] = key.split(':');
        return `${esc(label(data, 'stance', value).toLowerCase())} ${esc(label(data, 'targetKind', kind).toLowerCase())} ${n}`;
      });
    const name = data.actors.find((a) => a.id === id)?.name.en ?? id;
    return `<tr><th scope="row">${esc(name)}</th><td>${docs.map((d) => `<a href="documents/${esc(d.id)}.html">${esc(d.id)}</a>`).join(', ')}</td><td>${own.length}</td><td>${byKind.join('; ')}</td></tr>`;
  });
  return `<table class="who"><thead><tr><th scope="col">State</th><th scope="col">Documents</th><th scope="col">Claims</th><th scope="col">Declared stances, by kind of target</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

/** For each debate surveyed: how many of the speeches read named the Convention, and whose. */
function surveysSection(data: Dataset): string {
  if (data.surveys.length === 0) return '';
  const name = (id: string) => data.actors.find((a) => a.id === id)?.name.en ?? id;
  const event = (id: string) => data.events.find((e) => e.id === id)?.name.en ?? id;
  const items = summarizeSurveys(data.surveys).map(
    (s) =>
      `<li>${esc(event(s.event))}: <strong>${s.convention} of ${s.read}</strong> speeches read named the Convention (${s.conventionBy.map((a) => esc(name(a))).join(', ')}); ${s.generic} mentioned cybercrime only in general; ${s.none} neither.</li>`,
  );
  return `<h2>Which speeches were read</h2>
<ul class="surveys">
${items.join('\n')}
</ul>
<p class="muted">Every speech of each debate that the public corpus holds was read; the survey lists each, with what it mentions (the survey_speeches table).</p>`;
}

/** "an actor", "a provision": the indefinite article English wants before a label. */
function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
