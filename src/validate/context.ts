import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { DocumentFile } from '../schema/document.ts';
import { splitParagraphs } from '../text/paragraphs.ts';
import type { LoadedData, LoadedFile } from './load.ts';
import type { Problem } from './problem.ts';
import { ReadFailure, readDataFile } from './read-file.ts';
import { decodeUtf8 } from './utf8.ts';

export type LoadedDocument = LoadedFile<z.infer<typeof DocumentFile>> & {
  value: z.infer<typeof DocumentFile>;
};

export interface SourceText {
  bytes: Buffer;
  text: string;
  sha256: string;
  paragraphs: string[];
}

/** What every lint sees: the loaded data and the source texts, each read once. */
export class LintContext {
  readonly data: LoadedData;
  private readonly sources = new Map<string, SourceText | Error>();

  constructor(data: LoadedData) {
    this.data = data;
  }

  /** Every JSON file that could be read, whether or not it passed its schema. */
  get files(): LoadedFile<unknown>[] {
    const d = this.data;
    const all: (LoadedFile<unknown> | undefined)[] = [
      d.actors,
      d.topics,
      d.instruments,
      d.events,
      d.surveys,
      d.vocabularies,
      d.released,
      d.folding,
      ...d.documents,
      ...d.reliability,
    ];
    return all.filter((f): f is LoadedFile<unknown> => f !== undefined);
  }

  /** The documents that passed their schema; the others are reported already. */
  get documents(): LoadedDocument[] {
    return this.data.documents.filter((d): d is LoadedDocument => d.value !== undefined);
  }

  /** The document's source text, or the error met reading it. */
  source(doc: LoadedDocument): SourceText | Error {
    const file = doc.value.source.file;
    const rule = doc.value.paragraphing ?? 'blank-line';
    const key = `${rule}:${file}`;
    let cached = this.sources.get(key);
    if (!cached) {
      try {
        const bytes = readDataFile(this.data.dir, file);
        if (bytes instanceof ReadFailure) throw bytes;
        const decoded = decodeUtf8(bytes);
        if ('error' in decoded) throw new ReadFailure(decoded.error);
        const text = decoded.text;
        cached = {
          bytes,
          text,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          paragraphs: splitParagraphs(text, rule),
        };
      } catch (error) {
        cached = error instanceof Error ? error : new Error(String(error));
      }
      this.sources.set(key, cached);
    }
    return cached;
  }

  /** The paragraphs of a document whose source could be read, else undefined. */
  paragraphs(doc: LoadedDocument): string[] | undefined {
    const source = this.source(doc);
    return source instanceof Error ? undefined : source.paragraphs;
  }
}

export type Lint = (ctx: LintContext) => Problem[];
