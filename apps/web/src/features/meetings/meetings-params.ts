import { type MeetingListQuery, meetingListQuerySchema } from '@hamgen/shared';
import { parseSearch } from '../../lib/url/search-params.ts';

/** The meetings list keeps its view in the URL under the API's own names. */
export const MEETING_KEYS = ['from', 'to', 'q', 'page'] as const;

export function parseMeetingSearch(search: string): MeetingListQuery {
  return parseSearch(meetingListQuerySchema, MEETING_KEYS, search);
}
