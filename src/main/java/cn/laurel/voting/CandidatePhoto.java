package cn.laurel.voting;

/** A candidate's photo as stored: the bytes and their type ({@code image/jpeg} or {@code image/png}). */
public record CandidatePhoto(byte[] bytes, String contentType) {
}
