/**
 * Link-preview images are kept like pages (see reuse-pages.ts): each image
 * written is remembered by a hash of its card (what it shows) and the
 * file's identity on disk. The next build hard-links an image from the
 * current output when both still hold, and draws only the others: a warm
 * build after one week was edited draws that week's image, and the images
 * whose figures changed with it (a goal's milestones), nothing else.
 */
import { createHash } from 'node:crypto';
import { siteFileOf } from '../../model/content-paths.js';
import type { Workspace } from '../../workspace/workspace.js';
import { siteFileIdentity } from '../spare-output.js';
import type { SocialImage } from './social-card.js';

interface ImageRecord {
  made: string;
  /** `inode:size:mtime (ns)` of the output file. */
  file: string;
}

export interface ImageReuse {
  /** Images the current output holds unchanged: output path → identity (carried over like pages). */
  carried: Map<string, string>;
  /** Images to draw. */
  fresh: SocialImage[];
  /** Keep the records for the next build, once the new output is in place as `outputDir`. */
  remember(): void;
}

/** Which images the current output already holds; without a workspace that keeps records, every image is fresh. */
export function findReusableImages({ images, outputDir, workspace, mode }: { images: readonly SocialImage[]; outputDir: string; workspace: Workspace; mode: number }): ImageReuse {
  const records = workspace.keeps('social-images') ? workspace.store<ImageRecord>('social-images', `${outputDir}\0${mode.toString(8)}`) : undefined;
  const carried = new Map<string, string>();
  const fresh: SocialImage[] = [];
  const made = new Map<string, string>();
  for (const image of images) {
    const path = siteFileOf(image.url);
    const hash = createHash('sha1').update(JSON.stringify(image.card)).digest('base64url');
    made.set(path, hash);
    const record = records?.get(path);
    if (record?.made === hash && siteFileIdentity(outputDir, path) === record.file) carried.set(path, record.file);
    else fresh.push(image);
  }
  return {
    carried,
    fresh,
    remember() {
      if (!records) return;
      for (const [path, hash] of made) {
        const file = siteFileIdentity(outputDir, path);
        if (file !== undefined) records.set(path, { made: hash, file });
      }
    },
  };
}
