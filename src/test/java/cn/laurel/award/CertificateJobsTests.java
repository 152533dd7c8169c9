package cn.laurel.award;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.nomination.NominationScenarios;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Certificate batches live in the database: another node sees their progress and serves their zip. */
@LaurelIntegrationTest
class CertificateJobsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	NominationScenarios scenarios;

	CertificateJobs thisNode;

	CertificateJobs otherNode;

	long campaignId;

	@BeforeEach
	void twoNodes() {
		this.thisNode = new CertificateJobs(this.jdbc, this.transactions, Clock.systemUTC());
		this.otherNode = new CertificateJobs(this.jdbc, this.transactions, Clock.systemUTC());
		this.campaignId = this.scenarios.create()
			.openCategory("generic-person", NomineeKind.PERSON, 5, List.of(), List.of())
			.getCampaignId();
	}

	@AfterEach
	void stopNodes() {
		this.thisNode.destroy();
		this.otherNode.destroy();
	}

	@Test
	void anotherNodeFollowsTheProgressAndServesTheZip() throws Exception {
		CountDownLatch halfway = new CountDownLatch(1);
		CountDownLatch goOn = new CountDownLatch(1);
		CertificateJobs.Job started = this.thisNode.start(this.campaignId, 2, (zip, tick) -> {
			zip.write(1);
			tick.run();
			halfway.countDown();
			await(goOn);
			zip.write(2);
			tick.run();
		});
		assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();

		CertificateJobs.Job running = this.otherNode.find(this.campaignId, started.getId()).orElseThrow();
		assertThat(running.isRunning()).isTrue();
		assertThat(running.getDone()).isEqualTo(1);
		assertThat(running.getPercent()).isEqualTo(50);
		assertThat(this.otherNode.zip(this.campaignId, started.getId())).isEmpty();

		goOn.countDown();
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.otherNode.find(this.campaignId, started.getId()).orElseThrow().isFinished());
		assertThat(this.otherNode.zip(this.campaignId, started.getId())).hasValue(new byte[] { 1, 2 });
		assertThat(this.otherNode.find(this.campaignId + 1, started.getId())).isEmpty();
		assertThat(this.otherNode.find(this.campaignId, "not-a-batch")).isEmpty();
	}

	@Test
	void aBatchWhoseNodeStoppedCountsAsFailedOnceItHasNotAdvancedForAWhile() {
		UUID lost = UUID.randomUUID();
		Timestamp longAgo = Timestamp.from(Instant.now().minus(CertificateJobs.STALE).minus(Duration.ofMinutes(1)));
		this.jdbc.sql("""
				insert into certificate_batch (id, campaign_id, total, done, state, started_at, updated_at)
				values (?, ?, 10, 3, 'RUNNING', ?, ?)""")
			.params(lost, this.campaignId, longAgo, longAgo)
			.update();

		CertificateJobs.Job job = this.otherNode.find(this.campaignId, lost.toString()).orElseThrow();

		assertThat(job.isFailed()).isTrue();
		assertThat(job.getDone()).isEqualTo(3);
	}

	@Test
	void aNodeShuttingDownFailsTheBatchesItWasMaking() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CertificateJobs.Job job = this.thisNode.start(this.campaignId, 1, (zip, tick) -> {
			started.countDown();
			await(new CountDownLatch(1));
		});
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

		this.thisNode.destroy();

		assertThat(this.otherNode.find(this.campaignId, job.getId()).orElseThrow().isFailed()).isTrue();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
