import { z } from 'zod';
import { English, IsoDate, Label, SchemaPointer, Slug, Sources } from './common.ts';

export const Event = z
  .strictObject({
    id: Slug.meta({ description: 'Event id.' }),
    name: Label,
    place: English.meta({ description: 'Venue and city.' }),
    startDate: IsoDate,
    endDate: IsoDate,
    instrument: Slug.optional().meta({ description: 'Instrument the event is about.' }),
    sources: Sources,
  })
  .meta({
    id: 'Event',
    title: 'Event',
    description: 'A meeting or ceremony at which statements were made.',
  });

export const EventsFile = z
  .strictObject({
    $schema: SchemaPointer.optional(),
    events: z.array(Event).meta({ description: 'Every event.' }),
  })
  .meta({ id: 'EventsFile', title: 'EventsFile', description: 'data/events.json' });
