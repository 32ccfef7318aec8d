package org.example.gov.trading.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI on files, as a bidder runs it: keygen, seal, unlock, decrypt locally. */
class BidderCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final String lot = Bids.lot();

    @Test
    void keygenSealUnlockDecrypt() throws Exception {
        var schedule = Files.writeString(dir.resolve("schedule.csv"), "item,amount\n土建工程,1000000.00\n安装工程,234567.89\n");
        var pdf = Files.write(dir.resolve("投标文件.pdf"), "%PDF-1.7 the bid".getBytes(StandardCharsets.US_ASCII));

        assertThat(run("keygen", "--out", dir.resolve("keys").toString())).isZero();
        assertThat(run("seal", "--lot", lot, "--bidder", "bidder1", "--price-schedule", schedule.toString(), "--document", pdf.toString(),
                "--public-key", dir.resolve("keys/bidder-public.pem").toString(), "--out", dir.resolve("bid.json").toString(),
                "--total", "1234567.89")).as(err()).isZero();
        var sealed = EnvelopeCheck.validate(Files.readAllBytes(dir.resolve("bid.json")));
        assertThat(out()).contains("ciphertext SM3: " + sealed.ciphertextSm3());

        out.reset();
        assertThat(run("unlock", "--bid", dir.resolve("bid.json").toString(), "--private-key", dir.resolve("keys/bidder-private.pem").toString()))
                .isZero();
        var key = Base64.getDecoder().decode(out().strip());
        assertThat(BidOpening.decrypt(sealed, key, lot).price().total()).isEqualByComparingTo("1234567.89");

        out.reset();
        assertThat(run("decrypt", "--bid", dir.resolve("bid.json").toString(), "--private-key", dir.resolve("keys/bidder-private.pem").toString(),
                "--lot", lot, "--out-document", dir.resolve("opened.pdf").toString())).isZero();
        assertThat(out()).contains("bidder: bidder1", "total: 1234567.89 CNY", "土建工程: 1000000.00", "document: 投标文件.pdf");
        assertThat(Files.readAllBytes(dir.resolve("opened.pdf"))).isEqualTo(Files.readAllBytes(pdf));
    }

    @Test
    void aTotalThatIsNotTheSumIsRefusedAndNothingIsWritten() throws Exception {
        var schedule = Files.writeString(dir.resolve("schedule.csv"), "土建工程,1000000.00\n");
        var pdf = Files.write(dir.resolve("bid.pdf"), new byte[] { 1 });
        BidderKeys.write(BidderKeys.generate(), dir);

        assertThat(run("seal", "--lot", lot, "--bidder", "bidder1", "--price-schedule", schedule.toString(), "--document", pdf.toString(),
                "--public-key", dir.resolve("bidder-public.pem").toString(), "--out", dir.resolve("bid.json").toString(), "--total", "999999.99"))
                .isEqualTo(1);
        assertThat(err()).contains("TOTAL_MISMATCH");
        assertThat(dir.resolve("bid.json")).doesNotExist();
    }

    @Test
    void decryptingForAnotherLotFailsWithTheReason() throws Exception {
        var keys = BidderKeys.generate();
        BidderKeys.write(keys, dir);
        Files.write(dir.resolve("bid.json"), BidSealer.seal(Bids.document(lot), keys.getPublic()).toJson());

        assertThat(run("decrypt", "--bid", dir.resolve("bid.json").toString(), "--private-key", dir.resolve("bidder-private.pem").toString(),
                "--lot", Bids.lot())).isEqualTo(1);
        assertThat(err()).contains("TAG_MISMATCH");
    }

    @Test
    void aPasswordProtectedKeyUnlocksWithItsPasswordFile() throws Exception {
        var password = Files.writeString(dir.resolve("password.txt"), "投标口令-secret\n");
        assertThat(run("keygen", "--out", dir.resolve("keys").toString(), "--password-file", password.toString())).isZero();
        assertThat(out()).contains("password-protected");
        var publicKey = BidderKeys.readPublicKey(dir.resolve("keys/bidder-public.pem"));
        var sealed = BidSealer.seal(Bids.document(lot), publicKey);
        Files.write(dir.resolve("bid.json"), sealed.toJson());
        var privateKey = dir.resolve("keys/bidder-private.pem").toString();

        out.reset();
        assertThat(run("unlock", "--bid", dir.resolve("bid.json").toString(), "--private-key", privateKey, "--password-file", password.toString()))
                .as(err()).isZero();
        assertThat(BidOpening.decrypt(sealed, Base64.getDecoder().decode(out().strip()), lot)).isEqualTo(Bids.document(lot));

        var wrong = Files.writeString(dir.resolve("wrong.txt"), "guess\n");
        assertThat(run("unlock", "--bid", dir.resolve("bid.json").toString(), "--private-key", privateKey, "--password-file", wrong.toString()))
                .isEqualTo(1);
        assertThat(err()).contains("wrong password");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(run("unlock", "--bid", dir.resolve("nowhere.json").toString(), "--private-key", "k.pem")).isEqualTo(1);
        assertThat(err()).contains("error: no such file", "nowhere.json");
    }

    @Test
    void anUnreachableGatewayIsNamed() throws Exception {
        var keys = BidderKeys.generate();
        Files.write(dir.resolve("bid.json"), BidSealer.seal(Bids.document(lot), keys.getPublic()).toJson());

        assertThat(run("submit", "--gateway", "http://127.0.0.1:1", "--token", "t", "--lot", lot, "--bid", dir.resolve("bid.json").toString(),
                "--out", dir.resolve("r.json").toString())).isEqualTo(1);
        assertThat(err()).contains("cannot reach the gateway http://127.0.0.1:1");
    }

    @Test
    void wrongUsageIsExitStatusTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("unlock", "--bid")).isEqualTo(2);
        assertThat(run("unlock", "--bid", "x.json")).isEqualTo(2);
        assertThat(err()).contains("--private-key is required");
        assertThat(run("unlock", "--colour", "red")).isEqualTo(2);
    }

    private int run(String... args) {
        return new BidderCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of())
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
