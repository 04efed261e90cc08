import { isSitePath, resolveMediaPath } from '../lib/markdown/media';
import { publicAssetExists } from '../lib/public-assets';
import { withBasePath } from '../lib/static-export';
import type { NoteMeta } from '../lib/types';

/**
 * Chirpy's preview image (`image:` front matter) under the post header, 1200×630 cropped to fit, its
 * `alt` as the caption, its `lqip` as the placeholder while it loads. A site image that is not in
 * `public/` shows nothing rather than a broken image.
 */
export function NoteCover({ image }: { image: NonNullable<NoteMeta['image']> }) {
  const src = resolveMediaPath(image.src, null);
  if (src === '' || (isSitePath(src) && !publicAssetExists(src.split(/[?#]/)[0] ?? src))) return null;
  const lqip = image.lqip ? resolveMediaPath(image.lqip, null) : null;
  return (
    <figure className="note-cover">
      <img
        src={withBasePath(src)}
        alt={image.alt}
        width={1200}
        height={630}
        decoding="async"
        fetchPriority="high"
        style={lqip ? { backgroundImage: `url(${JSON.stringify(withBasePath(lqip))})` } : undefined}
      />
      {image.alt && <figcaption>{image.alt}</figcaption>}
    </figure>
  );
}
