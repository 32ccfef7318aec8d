package org.example.gov.platform.personal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Jackson 3, as the services' JsonMapper: a response that holds the types shows them masked unless code says otherwise. */
class PersonalDataJsonTest {

    record Applicant(PersonName name, IdCardNumber idNumber, PhoneNumber phone, Address address) {
    }

    record ApplicantWithFullIdNumber(PersonName name, String idNumber) {
    }

    final JsonMapper json = JsonMapper.builder().build();
    final Applicant applicant = new Applicant(PersonName.of("张三"), IdCardNumber.of("11010519491231002X"),
            PhoneNumber.of("13812345678"), Address.of("北京市朝阳区建国路1号"));

    @Test
    void aResponseHoldingTheTypesIsWrittenMasked() {
        String written = json.writeValueAsString(applicant);

        assertThat(written).isEqualTo("""
                {"name":"张*","idNumber":"110***********002X","phone":"138****5678","address":"北京市朝阳区*****"}""");
    }

    @Test
    void theFullValueAppearsOnlyWhenTheCallerPutsItInExplicitly() {
        String written = json.writeValueAsString(new ApplicantWithFullIdNumber(applicant.name(), applicant.idNumber().value()));

        assertThat(written).contains("11010519491231002X").contains("张*");
    }

    @Test
    void aRequestBodyIsReadFromTheFullValuesAndValidated() {
        Applicant read = json.readValue("""
                {"name":" 张三 ","idNumber":"11010519491231002x","phone":"138 1234 5678","address":"北京市朝阳区建国路1号"}""",
                Applicant.class);

        assertThat(read).isEqualTo(applicant);
    }
}
