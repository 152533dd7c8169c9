package cn.laurel.campaign;

import org.springframework.data.relational.core.mapping.Table;

/** A co-hosting body (联合主办单位), e.g. 中共临沂市委宣传部 (seed 001 has five). */
@Table("campaign_host")
public record CoHost(String name) {
}
