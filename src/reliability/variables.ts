/**
 * The variables compared between two codings of matched claims: how each is read from a claim,
 * and how two of its values are compared.
 */

import { type Distance, type Metric, masiDistance, setKey } from './alpha.ts';
import type { ArticleLink, Claim } from './coding.ts';
import type { ExampleGroup } from './exemplified.ts';

export type Value = string | string[];

export interface Variable {
  name: string;
  label: string;
  /** Which codebook sections exemplify it. */
  group: ExampleGroup;
  /** How it is compared, in words, for the report. */
  metricLabel: string;
  metric: Metric | Distance<Value>;
  key?: (v: Value) => string;
  /** The claim's value, or undefined when the coding does not record the variable. */
  read: (c: Claim) => Value | undefined;
}

const articleKey = (a: ArticleLink) => `${a.instrument}:${a.article}`;
/** instrument:article(paragraph)(subparagraph), as precise as the coding is. */
export const provisionKey = (a: ArticleLink): string =>
  `${articleKey(a)}${a.paragraph !== undefined ? `(${a.paragraph})` : ''}${a.paragraph !== undefined && a.subparagraph !== undefined ? `(${a.subparagraph})` : ''}`;

const masi = masiDistance as Distance<Value>;
const sets = { metric: masi, key: setKey as (v: Value) => string, metricLabel: 'MASI' };
const nominal = { metric: 'nominal' as const, metricLabel: 'nominal' };
const unique = (xs: string[]) => [...new Set(xs)].sort();

export const VARIABLES: readonly Variable[] = [
  { name: 'stance', label: 'Stance value', group: 'stance', ...nominal, read: (c) => c.stance },
  {
    name: 'targetKind',
    label: 'Target kind',
    group: 'targetKind',
    ...nominal,
    read: (c) => c.targetKind,
  },
  {
    name: 'speechAct',
    label: 'Speech act',
    group: 'speechAct',
    ...nominal,
    read: (c) => c.speechAct,
  },
  {
    name: 'primaryTopic',
    label: 'Primary topic',
    group: 'topics',
    ...nominal,
    read: (c) => c.topics[0],
  },
  { name: 'topics', label: 'Topic set', group: 'topics', ...sets, read: (c) => unique(c.topics) },
  {
    name: 'articles',
    label: 'Article links',
    group: 'articles',
    ...sets,
    read: (c) => unique(c.articles.map(articleKey)),
  },
  {
    name: 'articleRelations',
    label: 'Article links with relation',
    group: 'articles',
    ...sets,
    read: (c) => unique(c.articles.map((a) => `${articleKey(a)}:${a.relation ?? ''}`)),
  },
  {
    name: 'provisions',
    label: 'Provision links',
    group: 'articles',
    ...sets,
    read: (c) => unique(c.articles.map(provisionKey)),
  },
  {
    name: 'legalForm',
    label: 'Legal form',
    group: 'legalForm',
    ...nominal,
    read: (c) => c.legalForm,
  },
];

/** A value as text, for reports and CSV: sets as "{a, b}", the empty set as "{}". */
export const showValue = (v: Value | undefined): string =>
  v === undefined ? '(not coded)' : Array.isArray(v) ? `{${v.join(', ')}}` : v;
