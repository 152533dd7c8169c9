package cn.laurel.campaign;

import java.time.Instant;

/** One saved version of a category's form; versions are never changed, only superseded. */
public record FormVersion(long id, long categoryId, int version, FormDefinition definition, Instant createdAt,
		String createdBy) {
}
