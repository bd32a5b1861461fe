// Timelines: an entity's events, meetings, alliances and quotes in date order.
import type { TimelineRow } from '../graph/reads.js';
import { builder } from './builder.js';
import { entityIdOrThrow, isoDate } from './args.js';
import { offsetConnection } from './pagination.js';
import { DateArg, EventRef, EvidenceRef, QuoteRef, modelEnumValues } from './refs.js';
import { RELATION_TYPES, isRelationType } from '../graph/model.js';

const TimelineKind = builder.enumType('TimelineKind', {
  values: modelEnumValues(['EVENT', 'QUOTE', ...RELATION_TYPES] as const),
});

const TimelineItem = builder.objectRef<TimelineRow>('TimelineItem').implement({
  description: 'One dated item; the field matching `kind` is set (event, quote, or evidence for MET_WITH / ALLIED_WITH).',
  fields: (t) => ({
    kind: t.field({ type: TimelineKind, resolve: (r) => r.kind }),
    date: t.exposeString('date', { nullable: true, description: 'Event date, else the article date.' }),
    event: t.field({ type: EventRef, nullable: true, resolve: (r) => (r.kind === 'EVENT' ? r.refId : null) }),
    quote: t.field({ type: QuoteRef, nullable: true, resolve: (r) => (r.kind === 'QUOTE' ? r.refId : null) }),
    evidence: t.field({
      type: EvidenceRef,
      nullable: true,
      resolve: (r, _args, ctx) => (isRelationType(r.kind) ? ctx.loaders.evidence.load(r.refId) : null),
    }),
  }),
});

builder.queryFields((t) => ({
  timeline: t.connection({
    type: TimelineItem,
    description: 'Events, meetings, alliances and quotes of one entity (id or exact name), oldest first.',
    args: { entity: t.arg.string({ required: true }), from: t.arg.string(DateArg), to: t.arg.string(DateArg) },
    resolve: async (_root, args, ctx) => {
      const id = await entityIdOrThrow(args.entity, ctx);
      const from = isoDate(args.from, 'from');
      const to = isoDate(args.to, 'to');
      return offsetConnection(args, ctx, (page) => ctx.reads.timeline(id, from, to, page), async () => {
        let n = 0;
        for (let offset = 0; ; offset += 1000) {
          const rows = await ctx.reads.timeline(id, from, to, { offset, limit: 1000 });
          n += rows.length;
          if (rows.length < 1000) return n;
        }
      });
    },
  }),
}));
