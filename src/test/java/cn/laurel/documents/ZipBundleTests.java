package cn.laurel.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZipBundleTests {

	/** General purpose bit 11: the name is UTF-8 ("language encoding flag"). */
	private static final int UTF8_FLAG = 1 << 11;

	@Test
	void entriesKeepTheirChineseNamesAndContentInOrder() throws IOException {
		byte[] zip = zip(bundle -> {
			bundle.add("【推荐表】直属一中队+最美综合执法人+孙晓明.docx", out -> out.write(1));
			bundle.add("【推荐表】派驻黄岛街道中队+综合执法系统最感动群众十件实事+老旧小区违建清零暖民心.docx", out -> out.write(2));
		});
		assertThat(entries(zip)).containsExactly(Map.entry("【推荐表】直属一中队+最美综合执法人+孙晓明.docx", List.of(1)),
				Map.entry("【推荐表】派驻黄岛街道中队+综合执法系统最感动群众十件实事+老旧小区违建清零暖民心.docx", List.of(2)));
	}

	@Test
	void everyEntrySetsTheLanguageEncodingFlagSoWindowsReadsTheNamesAsUtf8() throws IOException {
		byte[] zip = zip(bundle -> {
			bundle.add("【推荐表】甲.docx", out -> out.write(1));
			bundle.add("plain.docx", out -> out.write(2));
		});
		assertThat(centralDirectoryFlags(zip)).hasSize(2).allMatch(flags -> (flags & UTF8_FLAG) != 0);
	}

	@Test
	void aRepeatedNameIsNumberedAndTheNameUsedIsReturned() throws IOException {
		List<String> used = new ArrayList<>();
		byte[] zip = zip(bundle -> {
			used.add(bundle.add("【推荐表】XX县+党员服务标兵+张某.docx", out -> out.write(1)));
			used.add(bundle.add("【推荐表】XX县+党员服务标兵+张某.docx", out -> out.write(2)));
		});
		assertThat(used).containsExactly("【推荐表】XX县+党员服务标兵+张某.docx", "【推荐表】XX县+党员服务标兵+张某(2).docx");
		assertThat(entries(zip)).containsOnlyKeys(used);
	}

	@Test
	void aDocumentThatClosesItsStreamDoesNotEndTheArchiveNorTheCallersStream() throws IOException {
		ClosingWatch out = new ClosingWatch();
		try (ZipBundle bundle = new ZipBundle(out)) {
			bundle.add("a.docx", stream -> {
				stream.write(1);
				stream.close();
			});
			bundle.add("b.docx", stream -> stream.write(2));
		}
		assertThat(out.closed).isFalse();
		assertThat(entries(out.toByteArray())).containsOnlyKeys("a.docx", "b.docx");
	}

	static Map<String, List<Integer>> entries(byte[] zip) throws IOException {
		Map<String, List<Integer>> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				List<Integer> bytes = new ArrayList<>();
				for (byte b : in.readAllBytes()) {
					bytes.add((int) b);
				}
				entries.put(entry.getName(), bytes);
			}
		}
		return entries;
	}

	/** The general purpose flags of each central directory record, found through the end record. */
	private static List<Integer> centralDirectoryFlags(byte[] zip) {
		ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
		int end = zip.length - 22;
		assertThat(buffer.getInt(end)).isEqualTo(0x06054b50);
		int count = Short.toUnsignedInt(buffer.getShort(end + 10));
		int at = buffer.getInt(end + 16);
		List<Integer> flags = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			assertThat(buffer.getInt(at)).isEqualTo(0x02014b50);
			flags.add(Short.toUnsignedInt(buffer.getShort(at + 8)));
			at += 46 + Short.toUnsignedInt(buffer.getShort(at + 28)) + Short.toUnsignedInt(buffer.getShort(at + 30))
					+ Short.toUnsignedInt(buffer.getShort(at + 32));
		}
		return flags;
	}

	private static byte[] zip(Filling filling) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipBundle bundle = new ZipBundle(out)) {
			filling.fill(bundle);
		}
		return out.toByteArray();
	}

	@FunctionalInterface
	private interface Filling {

		void fill(ZipBundle bundle) throws IOException;

	}

	private static final class ClosingWatch extends ByteArrayOutputStream {

		private boolean closed;

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
