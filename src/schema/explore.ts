// Fields the explorer page needs beyond the core API: an entity's activity (first/last seen, mentions per month, outlets).
import type { ActivityRow } from '../graph/reads.js';
import { builder } from './builder.js';
import { EntityRef } from './refs.js';

const MonthCount = builder.objectRef<ActivityRow['months'][number]>('MonthCount').implement({
  description: 'Articles mentioning an entity in one month, and the mentions in them.',
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM of the article dates.' }),
    articles: t.exposeInt('articles'),
    mentions: t.exposeInt('mentions'),
  }),
});

const OutletCount = builder.objectRef<ActivityRow['outlets'][number]>('OutletCount').implement({
  description: 'Articles of one outlet (the article source) mentioning an entity.',
  fields: (t) => ({ outlet: t.exposeString('outlet'), articles: t.exposeInt('articles') }),
});

const Activity = builder.objectRef<ActivityRow>('EntityActivity').implement({
  description: 'When and where an entity is mentioned.',
  fields: (t) => ({
    firstSeen: t.exposeString('firstSeen', { nullable: true, description: 'Date of the earliest dated article mentioning it.' }),
    lastSeen: t.exposeString('lastSeen', { nullable: true, description: 'Date of the latest dated article mentioning it.' }),
    months: t.field({ type: [MonthCount], description: 'Per month with mentions, oldest first.', resolve: (a) => a.months }),
    outlets: t.field({ type: [OutletCount], description: 'Per outlet, most articles first.', resolve: (a) => a.outlets }),
  }),
});

builder.interfaceField(EntityRef, 'activity', (t) =>
  t.field({ type: Activity, description: 'First and last seen, mentions per month and outlets (one query).', resolve: (e, _args, ctx) => ctx.reads.activity(e.id) }),
);
