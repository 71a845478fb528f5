import type { Prisma } from '../../db/generated/client';

/** A lead's metadata (company, title, domain, firmographics) as an object; {} when it is not one. */
export function leadMetadata(metadata: Prisma.JsonValue | undefined): Prisma.JsonObject {
  return metadata && typeof metadata === 'object' && !Array.isArray(metadata) ? metadata : {};
}

/** One text field of a lead's metadata; null when it is missing or not text. */
export function leadMetadataText(
  metadata: Prisma.JsonValue | undefined,
  key: string,
): string | null {
  const value = leadMetadata(metadata)[key];
  return typeof value === 'string' ? value : null;
}

/** The metadata after an edit: given metadata keys replace stored ones; company and title too. */
export function mergeLeadMetadata(
  base: Prisma.JsonValue | undefined,
  input: {
    company?: string | null | undefined;
    title?: string | null | undefined;
    metadata?: Record<string, unknown> | null | undefined;
  },
): Prisma.InputJsonObject {
  return {
    ...(leadMetadata(base) as Prisma.InputJsonObject),
    ...((input.metadata ?? {}) as Prisma.InputJsonObject),
    ...(input.company !== undefined ? { company: input.company } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
  };
}
