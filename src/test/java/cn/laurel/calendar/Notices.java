package cn.laurel.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Holiday notices as an administrator pastes them. */
final class Notices {

	private Notices() {
	}

	/** 国务院办公厅关于2026年部分节假日安排的通知 (4 November 2025), in full. */
	static String of2026() {
		try (InputStream in = Notices.class.getClassLoader().getResourceAsStream("calendar/notice-2026.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
