--
-- PostgreSQL database dump
--

\restrict pXk8Fos6ecesr8NAH9PDGHUQrfvP0LHQ5g1dCgxB7VTTPvUtk6Xg4hWf5oDaMTD

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: idn_auth_session_store; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.idn_auth_session_store (
    session_id character varying(100) NOT NULL,
    session_type character varying(100) NOT NULL,
    operation character varying(10) NOT NULL,
    session_object text,
    time_created timestamp without time zone NOT NULL,
    expiry_time timestamp without time zone NOT NULL
);


--
-- Name: idn_oauth2_access_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.idn_oauth2_access_token (
    token_id character varying(255) NOT NULL,
    access_token character varying(2048) NOT NULL,
    refresh_token character varying(2048),
    consumer_key character varying(255) NOT NULL,
    authz_user character varying(255) NOT NULL,
    time_created timestamp without time zone NOT NULL,
    validity_period bigint NOT NULL,
    token_state character varying(25) NOT NULL
);


--
-- Name: idn_oauth_consumer_apps; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.idn_oauth_consumer_apps (
    consumer_key character varying(255) NOT NULL,
    app_name character varying(255) NOT NULL,
    callback_url character varying(2048),
    app_state character varying(25) NOT NULL
);


--
-- Name: pilot_schema_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pilot_schema_history (
    installed_rank integer NOT NULL,
    version text NOT NULL,
    from_version text,
    description text NOT NULL,
    kind text NOT NULL,
    script text NOT NULL,
    checksum text,
    applied_at timestamp with time zone DEFAULT now() NOT NULL,
    execution_ms integer NOT NULL,
    success boolean NOT NULL,
    CONSTRAINT pilot_schema_history_kind_check CHECK ((kind = ANY (ARRAY['baseline'::text, 'sql'::text, 'module'::text])))
);


--
-- Name: um_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.um_user (
    um_id integer NOT NULL,
    um_user_name character varying(255) NOT NULL,
    um_email character varying(255),
    um_display_name character varying(255),
    um_phone character varying(40),
    um_changed_time timestamp without time zone NOT NULL
);


--
-- Data for Name: idn_auth_session_store; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.idn_auth_session_store (session_id, session_type, operation, session_object, time_created, expiry_time) FROM stdin;
sess_1	AppAuthFrameworkSessionContextCache	STORE	{"user":"user2@prod-corp.example","ip":"10.0.1.7"}	2026-10-15 00:41:00	2026-10-29 00:41:00
sess_2	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user3@prod-corp.example","ip":"10.0.2.7"}	2026-10-15 01:22:00	2026-10-29 01:22:00
sess_3	AppAuthFrameworkSessionContextCache	STORE	{"user":"user4@prod-corp.example","ip":"10.0.3.7"}	2026-10-15 02:03:00	2026-10-29 02:03:00
sess_4	AppAuthFrameworkSessionContextCache	STORE	{"user":"user5@prod-corp.example","ip":"10.0.4.7"}	2026-10-15 02:44:00	2026-10-29 02:44:00
sess_5	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user6@prod-corp.example","ip":"10.0.5.7"}	2026-10-15 03:25:00	2026-10-29 03:25:00
sess_6	AppAuthFrameworkSessionContextCache	STORE	{"user":"user7@prod-corp.example","ip":"10.0.6.7"}	2026-10-15 04:06:00	2026-10-29 04:06:00
sess_7	AppAuthFrameworkSessionContextCache	STORE	{"user":"user8@prod-corp.example","ip":"10.0.7.7"}	2026-10-15 04:47:00	2026-10-29 04:47:00
sess_8	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user9@prod-corp.example","ip":"10.0.8.7"}	2026-10-15 05:28:00	2026-10-29 05:28:00
sess_9	AppAuthFrameworkSessionContextCache	STORE	{"user":"user10@prod-corp.example","ip":"10.0.9.7"}	2026-10-15 06:09:00	2026-10-29 06:09:00
sess_10	AppAuthFrameworkSessionContextCache	STORE	{"user":"user11@prod-corp.example","ip":"10.0.10.7"}	2026-10-15 06:50:00	2026-10-29 06:50:00
sess_11	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user12@prod-corp.example","ip":"10.0.11.7"}	2026-10-15 07:31:00	2026-10-29 07:31:00
sess_12	AppAuthFrameworkSessionContextCache	STORE	{"user":"user13@prod-corp.example","ip":"10.0.12.7"}	2026-10-15 08:12:00	2026-10-29 08:12:00
sess_13	AppAuthFrameworkSessionContextCache	STORE	{"user":"user14@prod-corp.example","ip":"10.0.13.7"}	2026-10-15 08:53:00	2026-10-29 08:53:00
sess_14	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user15@prod-corp.example","ip":"10.0.14.7"}	2026-10-15 09:34:00	2026-10-29 09:34:00
sess_15	AppAuthFrameworkSessionContextCache	STORE	{"user":"user16@prod-corp.example","ip":"10.0.15.7"}	2026-10-15 10:15:00	2026-10-29 10:15:00
sess_16	AppAuthFrameworkSessionContextCache	STORE	{"user":"user17@prod-corp.example","ip":"10.0.16.7"}	2026-10-15 10:56:00	2026-10-29 10:56:00
sess_17	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user18@prod-corp.example","ip":"10.0.17.7"}	2026-10-15 11:37:00	2026-10-29 11:37:00
sess_18	AppAuthFrameworkSessionContextCache	STORE	{"user":"user19@prod-corp.example","ip":"10.0.18.7"}	2026-10-15 12:18:00	2026-10-29 12:18:00
sess_19	AppAuthFrameworkSessionContextCache	STORE	{"user":"user20@prod-corp.example","ip":"10.0.19.7"}	2026-10-15 12:59:00	2026-10-29 12:59:00
sess_20	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user21@prod-corp.example","ip":"10.0.20.7"}	2026-10-15 13:40:00	2026-10-29 13:40:00
sess_21	AppAuthFrameworkSessionContextCache	STORE	{"user":"user22@prod-corp.example","ip":"10.0.21.7"}	2026-10-15 14:21:00	2026-10-29 14:21:00
sess_22	AppAuthFrameworkSessionContextCache	STORE	{"user":"user23@prod-corp.example","ip":"10.0.22.7"}	2026-10-15 15:02:00	2026-10-29 15:02:00
sess_23	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user24@prod-corp.example","ip":"10.0.23.7"}	2026-10-15 15:43:00	2026-10-29 15:43:00
sess_24	AppAuthFrameworkSessionContextCache	STORE	{"user":"user25@prod-corp.example","ip":"10.0.24.7"}	2026-10-15 16:24:00	2026-10-29 16:24:00
sess_25	AppAuthFrameworkSessionContextCache	STORE	{"user":"user26@prod-corp.example","ip":"10.0.25.7"}	2026-10-15 17:05:00	2026-10-29 17:05:00
sess_26	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user27@prod-corp.example","ip":"10.0.26.7"}	2026-10-15 17:46:00	2026-10-29 17:46:00
sess_27	AppAuthFrameworkSessionContextCache	STORE	{"user":"user28@prod-corp.example","ip":"10.0.27.7"}	2026-10-15 18:27:00	2026-10-29 18:27:00
sess_28	AppAuthFrameworkSessionContextCache	STORE	{"user":"user29@prod-corp.example","ip":"10.0.28.7"}	2026-10-15 19:08:00	2026-10-29 19:08:00
sess_29	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user30@prod-corp.example","ip":"10.0.29.7"}	2026-10-15 19:49:00	2026-10-29 19:49:00
sess_30	AppAuthFrameworkSessionContextCache	STORE	{"user":"user31@prod-corp.example","ip":"10.0.30.7"}	2026-10-15 20:30:00	2026-10-29 20:30:00
sess_31	AppAuthFrameworkSessionContextCache	STORE	{"user":"user32@prod-corp.example","ip":"10.0.31.7"}	2026-10-15 21:11:00	2026-10-29 21:11:00
sess_32	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user33@prod-corp.example","ip":"10.0.32.7"}	2026-10-15 21:52:00	2026-10-29 21:52:00
sess_33	AppAuthFrameworkSessionContextCache	STORE	{"user":"user34@prod-corp.example","ip":"10.0.33.7"}	2026-10-15 22:33:00	2026-10-29 22:33:00
sess_34	AppAuthFrameworkSessionContextCache	STORE	{"user":"user35@prod-corp.example","ip":"10.0.34.7"}	2026-10-15 23:14:00	2026-10-29 23:14:00
sess_35	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user36@prod-corp.example","ip":"10.0.35.7"}	2026-10-15 23:55:00	2026-10-29 23:55:00
sess_36	AppAuthFrameworkSessionContextCache	STORE	{"user":"user37@prod-corp.example","ip":"10.0.36.7"}	2026-10-16 00:36:00	2026-10-30 00:36:00
sess_37	AppAuthFrameworkSessionContextCache	STORE	{"user":"user38@prod-corp.example","ip":"10.0.37.7"}	2026-10-16 01:17:00	2026-10-30 01:17:00
sess_38	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user39@prod-corp.example","ip":"10.0.38.7"}	2026-10-16 01:58:00	2026-10-30 01:58:00
sess_39	AppAuthFrameworkSessionContextCache	STORE	{"user":"user40@prod-corp.example","ip":"10.0.39.7"}	2026-10-16 02:39:00	2026-10-30 02:39:00
sess_40	AppAuthFrameworkSessionContextCache	STORE	{"user":"user41@prod-corp.example","ip":"10.0.40.7"}	2026-10-16 03:20:00	2026-10-30 03:20:00
sess_41	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user42@prod-corp.example","ip":"10.0.41.7"}	2026-10-16 04:01:00	2026-10-30 04:01:00
sess_42	AppAuthFrameworkSessionContextCache	STORE	{"user":"user43@prod-corp.example","ip":"10.0.42.7"}	2026-10-16 04:42:00	2026-10-30 04:42:00
sess_43	AppAuthFrameworkSessionContextCache	STORE	{"user":"user44@prod-corp.example","ip":"10.0.43.7"}	2026-10-16 05:23:00	2026-10-30 05:23:00
sess_44	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user45@prod-corp.example","ip":"10.0.44.7"}	2026-10-16 06:04:00	2026-10-30 06:04:00
sess_45	AppAuthFrameworkSessionContextCache	STORE	{"user":"user46@prod-corp.example","ip":"10.0.45.7"}	2026-10-16 06:45:00	2026-10-30 06:45:00
sess_46	AppAuthFrameworkSessionContextCache	STORE	{"user":"user47@prod-corp.example","ip":"10.0.46.7"}	2026-10-16 07:26:00	2026-10-30 07:26:00
sess_47	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user48@prod-corp.example","ip":"10.0.47.7"}	2026-10-16 08:07:00	2026-10-30 08:07:00
sess_48	AppAuthFrameworkSessionContextCache	STORE	{"user":"user49@prod-corp.example","ip":"10.0.48.7"}	2026-10-16 08:48:00	2026-10-30 08:48:00
sess_49	AppAuthFrameworkSessionContextCache	STORE	{"user":"user50@prod-corp.example","ip":"10.0.49.7"}	2026-10-16 09:29:00	2026-10-30 09:29:00
sess_50	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user51@prod-corp.example","ip":"10.0.50.7"}	2026-10-16 10:10:00	2026-10-30 10:10:00
sess_51	AppAuthFrameworkSessionContextCache	STORE	{"user":"user52@prod-corp.example","ip":"10.0.51.7"}	2026-10-16 10:51:00	2026-10-30 10:51:00
sess_52	AppAuthFrameworkSessionContextCache	STORE	{"user":"user53@prod-corp.example","ip":"10.0.52.7"}	2026-10-16 11:32:00	2026-10-30 11:32:00
sess_53	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user54@prod-corp.example","ip":"10.0.53.7"}	2026-10-16 12:13:00	2026-10-30 12:13:00
sess_54	AppAuthFrameworkSessionContextCache	STORE	{"user":"user55@prod-corp.example","ip":"10.0.54.7"}	2026-10-16 12:54:00	2026-10-30 12:54:00
sess_55	AppAuthFrameworkSessionContextCache	STORE	{"user":"user56@prod-corp.example","ip":"10.0.55.7"}	2026-10-16 13:35:00	2026-10-30 13:35:00
sess_56	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user57@prod-corp.example","ip":"10.0.56.7"}	2026-10-16 14:16:00	2026-10-30 14:16:00
sess_57	AppAuthFrameworkSessionContextCache	STORE	{"user":"user58@prod-corp.example","ip":"10.0.57.7"}	2026-10-16 14:57:00	2026-10-30 14:57:00
sess_58	AppAuthFrameworkSessionContextCache	STORE	{"user":"user59@prod-corp.example","ip":"10.0.58.7"}	2026-10-16 15:38:00	2026-10-30 15:38:00
sess_59	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user60@prod-corp.example","ip":"10.0.59.7"}	2026-10-16 16:19:00	2026-10-30 16:19:00
sess_60	AppAuthFrameworkSessionContextCache	STORE	{"user":"user61@prod-corp.example","ip":"10.0.60.7"}	2026-10-16 17:00:00	2026-10-30 17:00:00
sess_61	AppAuthFrameworkSessionContextCache	STORE	{"user":"user62@prod-corp.example","ip":"10.0.61.7"}	2026-10-16 17:41:00	2026-10-30 17:41:00
sess_62	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user63@prod-corp.example","ip":"10.0.62.7"}	2026-10-16 18:22:00	2026-10-30 18:22:00
sess_63	AppAuthFrameworkSessionContextCache	STORE	{"user":"user64@prod-corp.example","ip":"10.0.63.7"}	2026-10-16 19:03:00	2026-10-30 19:03:00
sess_64	AppAuthFrameworkSessionContextCache	STORE	{"user":"user65@prod-corp.example","ip":"10.0.64.7"}	2026-10-16 19:44:00	2026-10-30 19:44:00
sess_65	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user66@prod-corp.example","ip":"10.0.65.7"}	2026-10-16 20:25:00	2026-10-30 20:25:00
sess_66	AppAuthFrameworkSessionContextCache	STORE	{"user":"user67@prod-corp.example","ip":"10.0.66.7"}	2026-10-16 21:06:00	2026-10-30 21:06:00
sess_67	AppAuthFrameworkSessionContextCache	STORE	{"user":"user68@prod-corp.example","ip":"10.0.67.7"}	2026-10-16 21:47:00	2026-10-30 21:47:00
sess_68	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user69@prod-corp.example","ip":"10.0.68.7"}	2026-10-16 22:28:00	2026-10-30 22:28:00
sess_69	AppAuthFrameworkSessionContextCache	STORE	{"user":"user70@prod-corp.example","ip":"10.0.69.7"}	2026-10-16 23:09:00	2026-10-30 23:09:00
sess_70	AppAuthFrameworkSessionContextCache	STORE	{"user":"user71@prod-corp.example","ip":"10.0.70.7"}	2026-10-16 23:50:00	2026-10-30 23:50:00
sess_71	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user72@prod-corp.example","ip":"10.0.71.7"}	2026-10-17 00:31:00	2026-10-31 00:31:00
sess_72	AppAuthFrameworkSessionContextCache	STORE	{"user":"user73@prod-corp.example","ip":"10.0.72.7"}	2026-10-17 01:12:00	2026-10-31 01:12:00
sess_73	AppAuthFrameworkSessionContextCache	STORE	{"user":"user74@prod-corp.example","ip":"10.0.73.7"}	2026-10-17 01:53:00	2026-10-31 01:53:00
sess_74	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user75@prod-corp.example","ip":"10.0.74.7"}	2026-10-17 02:34:00	2026-10-31 02:34:00
sess_75	AppAuthFrameworkSessionContextCache	STORE	{"user":"user76@prod-corp.example","ip":"10.0.75.7"}	2026-10-17 03:15:00	2026-10-31 03:15:00
sess_76	AppAuthFrameworkSessionContextCache	STORE	{"user":"user77@prod-corp.example","ip":"10.0.76.7"}	2026-10-17 03:56:00	2026-10-31 03:56:00
sess_77	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user78@prod-corp.example","ip":"10.0.77.7"}	2026-10-17 04:37:00	2026-10-31 04:37:00
sess_78	AppAuthFrameworkSessionContextCache	STORE	{"user":"user79@prod-corp.example","ip":"10.0.78.7"}	2026-10-17 05:18:00	2026-10-31 05:18:00
sess_79	AppAuthFrameworkSessionContextCache	STORE	{"user":"user80@prod-corp.example","ip":"10.0.79.7"}	2026-10-17 05:59:00	2026-10-31 05:59:00
sess_80	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user81@prod-corp.example","ip":"10.0.80.7"}	2026-10-17 06:40:00	2026-10-31 06:40:00
sess_81	AppAuthFrameworkSessionContextCache	STORE	{"user":"user82@prod-corp.example","ip":"10.0.81.7"}	2026-10-17 07:21:00	2026-10-31 07:21:00
sess_82	AppAuthFrameworkSessionContextCache	STORE	{"user":"user83@prod-corp.example","ip":"10.0.82.7"}	2026-10-17 08:02:00	2026-10-31 08:02:00
sess_83	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user84@prod-corp.example","ip":"10.0.83.7"}	2026-10-17 08:43:00	2026-10-31 08:43:00
sess_84	AppAuthFrameworkSessionContextCache	STORE	{"user":"user85@prod-corp.example","ip":"10.0.84.7"}	2026-10-17 09:24:00	2026-10-31 09:24:00
sess_85	AppAuthFrameworkSessionContextCache	STORE	{"user":"user86@prod-corp.example","ip":"10.0.85.7"}	2026-10-17 10:05:00	2026-10-31 10:05:00
sess_86	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user87@prod-corp.example","ip":"10.0.86.7"}	2026-10-17 10:46:00	2026-10-31 10:46:00
sess_87	AppAuthFrameworkSessionContextCache	STORE	{"user":"user88@prod-corp.example","ip":"10.0.87.7"}	2026-10-17 11:27:00	2026-10-31 11:27:00
sess_88	AppAuthFrameworkSessionContextCache	STORE	{"user":"user89@prod-corp.example","ip":"10.0.88.7"}	2026-10-17 12:08:00	2026-10-31 12:08:00
sess_89	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user90@prod-corp.example","ip":"10.0.89.7"}	2026-10-17 12:49:00	2026-10-31 12:49:00
sess_90	AppAuthFrameworkSessionContextCache	STORE	{"user":"user91@prod-corp.example","ip":"10.0.90.7"}	2026-10-17 13:30:00	2026-10-31 13:30:00
sess_91	AppAuthFrameworkSessionContextCache	STORE	{"user":"user92@prod-corp.example","ip":"10.0.91.7"}	2026-10-17 14:11:00	2026-10-31 14:11:00
sess_92	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user93@prod-corp.example","ip":"10.0.92.7"}	2026-10-17 14:52:00	2026-10-31 14:52:00
sess_93	AppAuthFrameworkSessionContextCache	STORE	{"user":"user94@prod-corp.example","ip":"10.0.93.7"}	2026-10-17 15:33:00	2026-10-31 15:33:00
sess_94	AppAuthFrameworkSessionContextCache	STORE	{"user":"user95@prod-corp.example","ip":"10.0.94.7"}	2026-10-17 16:14:00	2026-10-31 16:14:00
sess_95	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user96@prod-corp.example","ip":"10.0.95.7"}	2026-10-17 16:55:00	2026-10-31 16:55:00
sess_96	AppAuthFrameworkSessionContextCache	STORE	{"user":"user97@prod-corp.example","ip":"10.0.96.7"}	2026-10-17 17:36:00	2026-10-31 17:36:00
sess_97	AppAuthFrameworkSessionContextCache	STORE	{"user":"user98@prod-corp.example","ip":"10.0.97.7"}	2026-10-17 18:17:00	2026-10-31 18:17:00
sess_98	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user99@prod-corp.example","ip":"10.0.98.7"}	2026-10-17 18:58:00	2026-10-31 18:58:00
sess_99	AppAuthFrameworkSessionContextCache	STORE	{"user":"user100@prod-corp.example","ip":"10.0.99.7"}	2026-10-17 19:39:00	2026-10-31 19:39:00
sess_100	AppAuthFrameworkSessionContextCache	STORE	{"user":"user101@prod-corp.example","ip":"10.0.100.7"}	2026-10-17 20:20:00	2026-10-31 20:20:00
sess_101	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user102@prod-corp.example","ip":"10.0.101.7"}	2026-10-17 21:01:00	2026-10-31 21:01:00
sess_102	AppAuthFrameworkSessionContextCache	STORE	{"user":"user103@prod-corp.example","ip":"10.0.102.7"}	2026-10-17 21:42:00	2026-10-31 21:42:00
sess_103	AppAuthFrameworkSessionContextCache	STORE	{"user":"user104@prod-corp.example","ip":"10.0.103.7"}	2026-10-17 22:23:00	2026-10-31 22:23:00
sess_104	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user105@prod-corp.example","ip":"10.0.104.7"}	2026-10-17 23:04:00	2026-10-31 23:04:00
sess_105	AppAuthFrameworkSessionContextCache	STORE	{"user":"user106@prod-corp.example","ip":"10.0.105.7"}	2026-10-17 23:45:00	2026-10-31 23:45:00
sess_106	AppAuthFrameworkSessionContextCache	STORE	{"user":"user107@prod-corp.example","ip":"10.0.106.7"}	2026-10-18 00:26:00	2026-11-01 00:26:00
sess_107	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user108@prod-corp.example","ip":"10.0.107.7"}	2026-10-18 01:07:00	2026-11-01 01:07:00
sess_108	AppAuthFrameworkSessionContextCache	STORE	{"user":"user109@prod-corp.example","ip":"10.0.108.7"}	2026-10-18 01:48:00	2026-11-01 01:48:00
sess_109	AppAuthFrameworkSessionContextCache	STORE	{"user":"user110@prod-corp.example","ip":"10.0.109.7"}	2026-10-18 02:29:00	2026-11-01 02:29:00
sess_110	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user111@prod-corp.example","ip":"10.0.110.7"}	2026-10-18 03:10:00	2026-11-01 03:10:00
sess_111	AppAuthFrameworkSessionContextCache	STORE	{"user":"user112@prod-corp.example","ip":"10.0.111.7"}	2026-10-18 03:51:00	2026-11-01 03:51:00
sess_112	AppAuthFrameworkSessionContextCache	STORE	{"user":"user113@prod-corp.example","ip":"10.0.112.7"}	2026-10-18 04:32:00	2026-11-01 04:32:00
sess_113	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user114@prod-corp.example","ip":"10.0.113.7"}	2026-10-18 05:13:00	2026-11-01 05:13:00
sess_114	AppAuthFrameworkSessionContextCache	STORE	{"user":"user115@prod-corp.example","ip":"10.0.114.7"}	2026-10-18 05:54:00	2026-11-01 05:54:00
sess_115	AppAuthFrameworkSessionContextCache	STORE	{"user":"user116@prod-corp.example","ip":"10.0.115.7"}	2026-10-18 06:35:00	2026-11-01 06:35:00
sess_116	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user117@prod-corp.example","ip":"10.0.116.7"}	2026-10-18 07:16:00	2026-11-01 07:16:00
sess_117	AppAuthFrameworkSessionContextCache	STORE	{"user":"user118@prod-corp.example","ip":"10.0.117.7"}	2026-10-18 07:57:00	2026-11-01 07:57:00
sess_118	AppAuthFrameworkSessionContextCache	STORE	{"user":"user119@prod-corp.example","ip":"10.0.118.7"}	2026-10-18 08:38:00	2026-11-01 08:38:00
sess_119	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user120@prod-corp.example","ip":"10.0.119.7"}	2026-10-18 09:19:00	2026-11-01 09:19:00
sess_120	AppAuthFrameworkSessionContextCache	STORE	{"user":"user121@prod-corp.example","ip":"10.0.120.7"}	2026-10-18 10:00:00	2026-11-01 10:00:00
sess_121	AppAuthFrameworkSessionContextCache	STORE	{"user":"user122@prod-corp.example","ip":"10.0.121.7"}	2026-10-18 10:41:00	2026-11-01 10:41:00
sess_122	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user123@prod-corp.example","ip":"10.0.122.7"}	2026-10-18 11:22:00	2026-11-01 11:22:00
sess_123	AppAuthFrameworkSessionContextCache	STORE	{"user":"user124@prod-corp.example","ip":"10.0.123.7"}	2026-10-18 12:03:00	2026-11-01 12:03:00
sess_124	AppAuthFrameworkSessionContextCache	STORE	{"user":"user125@prod-corp.example","ip":"10.0.124.7"}	2026-10-18 12:44:00	2026-11-01 12:44:00
sess_125	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user126@prod-corp.example","ip":"10.0.125.7"}	2026-10-18 13:25:00	2026-11-01 13:25:00
sess_126	AppAuthFrameworkSessionContextCache	STORE	{"user":"user127@prod-corp.example","ip":"10.0.126.7"}	2026-10-18 14:06:00	2026-11-01 14:06:00
sess_127	AppAuthFrameworkSessionContextCache	STORE	{"user":"user128@prod-corp.example","ip":"10.0.127.7"}	2026-10-18 14:47:00	2026-11-01 14:47:00
sess_128	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user129@prod-corp.example","ip":"10.0.128.7"}	2026-10-18 15:28:00	2026-11-01 15:28:00
sess_129	AppAuthFrameworkSessionContextCache	STORE	{"user":"user130@prod-corp.example","ip":"10.0.129.7"}	2026-10-18 16:09:00	2026-11-01 16:09:00
sess_130	AppAuthFrameworkSessionContextCache	STORE	{"user":"user131@prod-corp.example","ip":"10.0.130.7"}	2026-10-18 16:50:00	2026-11-01 16:50:00
sess_131	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user132@prod-corp.example","ip":"10.0.131.7"}	2026-10-18 17:31:00	2026-11-01 17:31:00
sess_132	AppAuthFrameworkSessionContextCache	STORE	{"user":"user133@prod-corp.example","ip":"10.0.132.7"}	2026-10-18 18:12:00	2026-11-01 18:12:00
sess_133	AppAuthFrameworkSessionContextCache	STORE	{"user":"user134@prod-corp.example","ip":"10.0.133.7"}	2026-10-18 18:53:00	2026-11-01 18:53:00
sess_134	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user135@prod-corp.example","ip":"10.0.134.7"}	2026-10-18 19:34:00	2026-11-01 19:34:00
sess_135	AppAuthFrameworkSessionContextCache	STORE	{"user":"user136@prod-corp.example","ip":"10.0.135.7"}	2026-10-18 20:15:00	2026-11-01 20:15:00
sess_136	AppAuthFrameworkSessionContextCache	STORE	{"user":"user137@prod-corp.example","ip":"10.0.136.7"}	2026-10-18 20:56:00	2026-11-01 20:56:00
sess_137	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user138@prod-corp.example","ip":"10.0.137.7"}	2026-10-18 21:37:00	2026-11-01 21:37:00
sess_138	AppAuthFrameworkSessionContextCache	STORE	{"user":"user139@prod-corp.example","ip":"10.0.138.7"}	2026-10-18 22:18:00	2026-11-01 22:18:00
sess_139	AppAuthFrameworkSessionContextCache	STORE	{"user":"user140@prod-corp.example","ip":"10.0.139.7"}	2026-10-18 22:59:00	2026-11-01 22:59:00
sess_140	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user141@prod-corp.example","ip":"10.0.140.7"}	2026-10-18 23:40:00	2026-11-01 23:40:00
sess_141	AppAuthFrameworkSessionContextCache	STORE	{"user":"user142@prod-corp.example","ip":"10.0.141.7"}	2026-10-19 00:21:00	2026-11-02 00:21:00
sess_142	AppAuthFrameworkSessionContextCache	STORE	{"user":"user143@prod-corp.example","ip":"10.0.142.7"}	2026-10-19 01:02:00	2026-11-02 01:02:00
sess_143	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user144@prod-corp.example","ip":"10.0.143.7"}	2026-10-19 01:43:00	2026-11-02 01:43:00
sess_144	AppAuthFrameworkSessionContextCache	STORE	{"user":"user145@prod-corp.example","ip":"10.0.144.7"}	2026-10-19 02:24:00	2026-11-02 02:24:00
sess_145	AppAuthFrameworkSessionContextCache	STORE	{"user":"user146@prod-corp.example","ip":"10.0.145.7"}	2026-10-19 03:05:00	2026-11-02 03:05:00
sess_146	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user147@prod-corp.example","ip":"10.0.146.7"}	2026-10-19 03:46:00	2026-11-02 03:46:00
sess_147	AppAuthFrameworkSessionContextCache	STORE	{"user":"user148@prod-corp.example","ip":"10.0.147.7"}	2026-10-19 04:27:00	2026-11-02 04:27:00
sess_148	AppAuthFrameworkSessionContextCache	STORE	{"user":"user149@prod-corp.example","ip":"10.0.148.7"}	2026-10-19 05:08:00	2026-11-02 05:08:00
sess_149	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user150@prod-corp.example","ip":"10.0.149.7"}	2026-10-19 05:49:00	2026-11-02 05:49:00
sess_150	AppAuthFrameworkSessionContextCache	STORE	{"user":"user151@prod-corp.example","ip":"10.0.150.7"}	2026-10-19 06:30:00	2026-11-02 06:30:00
sess_151	AppAuthFrameworkSessionContextCache	STORE	{"user":"user152@prod-corp.example","ip":"10.0.151.7"}	2026-10-19 07:11:00	2026-11-02 07:11:00
sess_152	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user153@prod-corp.example","ip":"10.0.152.7"}	2026-10-19 07:52:00	2026-11-02 07:52:00
sess_153	AppAuthFrameworkSessionContextCache	STORE	{"user":"user154@prod-corp.example","ip":"10.0.153.7"}	2026-10-19 08:33:00	2026-11-02 08:33:00
sess_154	AppAuthFrameworkSessionContextCache	STORE	{"user":"user155@prod-corp.example","ip":"10.0.154.7"}	2026-10-19 09:14:00	2026-11-02 09:14:00
sess_155	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user156@prod-corp.example","ip":"10.0.155.7"}	2026-10-19 09:55:00	2026-11-02 09:55:00
sess_156	AppAuthFrameworkSessionContextCache	STORE	{"user":"user157@prod-corp.example","ip":"10.0.156.7"}	2026-10-19 10:36:00	2026-11-02 10:36:00
sess_157	AppAuthFrameworkSessionContextCache	STORE	{"user":"user158@prod-corp.example","ip":"10.0.157.7"}	2026-10-19 11:17:00	2026-11-02 11:17:00
sess_158	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user159@prod-corp.example","ip":"10.0.158.7"}	2026-10-19 11:58:00	2026-11-02 11:58:00
sess_159	AppAuthFrameworkSessionContextCache	STORE	{"user":"user160@prod-corp.example","ip":"10.0.159.7"}	2026-10-19 12:39:00	2026-11-02 12:39:00
sess_160	AppAuthFrameworkSessionContextCache	STORE	{"user":"user161@prod-corp.example","ip":"10.0.160.7"}	2026-10-19 13:20:00	2026-11-02 13:20:00
sess_161	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user162@prod-corp.example","ip":"10.0.161.7"}	2026-10-19 14:01:00	2026-11-02 14:01:00
sess_162	AppAuthFrameworkSessionContextCache	STORE	{"user":"user163@prod-corp.example","ip":"10.0.162.7"}	2026-10-19 14:42:00	2026-11-02 14:42:00
sess_163	AppAuthFrameworkSessionContextCache	STORE	{"user":"user164@prod-corp.example","ip":"10.0.163.7"}	2026-10-19 15:23:00	2026-11-02 15:23:00
sess_164	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user165@prod-corp.example","ip":"10.0.164.7"}	2026-10-19 16:04:00	2026-11-02 16:04:00
sess_165	AppAuthFrameworkSessionContextCache	STORE	{"user":"user166@prod-corp.example","ip":"10.0.165.7"}	2026-10-19 16:45:00	2026-11-02 16:45:00
sess_166	AppAuthFrameworkSessionContextCache	STORE	{"user":"user167@prod-corp.example","ip":"10.0.166.7"}	2026-10-19 17:26:00	2026-11-02 17:26:00
sess_167	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user168@prod-corp.example","ip":"10.0.167.7"}	2026-10-19 18:07:00	2026-11-02 18:07:00
sess_168	AppAuthFrameworkSessionContextCache	STORE	{"user":"user169@prod-corp.example","ip":"10.0.168.7"}	2026-10-19 18:48:00	2026-11-02 18:48:00
sess_169	AppAuthFrameworkSessionContextCache	STORE	{"user":"user170@prod-corp.example","ip":"10.0.169.7"}	2026-10-19 19:29:00	2026-11-02 19:29:00
sess_170	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user171@prod-corp.example","ip":"10.0.170.7"}	2026-10-19 20:10:00	2026-11-02 20:10:00
sess_171	AppAuthFrameworkSessionContextCache	STORE	{"user":"user172@prod-corp.example","ip":"10.0.171.7"}	2026-10-19 20:51:00	2026-11-02 20:51:00
sess_172	AppAuthFrameworkSessionContextCache	STORE	{"user":"user173@prod-corp.example","ip":"10.0.172.7"}	2026-10-19 21:32:00	2026-11-02 21:32:00
sess_173	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user174@prod-corp.example","ip":"10.0.173.7"}	2026-10-19 22:13:00	2026-11-02 22:13:00
sess_174	AppAuthFrameworkSessionContextCache	STORE	{"user":"user175@prod-corp.example","ip":"10.0.174.7"}	2026-10-19 22:54:00	2026-11-02 22:54:00
sess_175	AppAuthFrameworkSessionContextCache	STORE	{"user":"user176@prod-corp.example","ip":"10.0.175.7"}	2026-10-19 23:35:00	2026-11-02 23:35:00
sess_176	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user177@prod-corp.example","ip":"10.0.176.7"}	2026-10-20 00:16:00	2026-11-03 00:16:00
sess_177	AppAuthFrameworkSessionContextCache	STORE	{"user":"user178@prod-corp.example","ip":"10.0.177.7"}	2026-10-20 00:57:00	2026-11-03 00:57:00
sess_178	AppAuthFrameworkSessionContextCache	STORE	{"user":"user179@prod-corp.example","ip":"10.0.178.7"}	2026-10-20 01:38:00	2026-11-03 01:38:00
sess_179	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user180@prod-corp.example","ip":"10.0.179.7"}	2026-10-20 02:19:00	2026-11-03 02:19:00
sess_180	AppAuthFrameworkSessionContextCache	STORE	{"user":"user181@prod-corp.example","ip":"10.0.180.7"}	2026-10-20 03:00:00	2026-11-03 03:00:00
sess_181	AppAuthFrameworkSessionContextCache	STORE	{"user":"user182@prod-corp.example","ip":"10.0.181.7"}	2026-10-20 03:41:00	2026-11-03 03:41:00
sess_182	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user183@prod-corp.example","ip":"10.0.182.7"}	2026-10-20 04:22:00	2026-11-03 04:22:00
sess_183	AppAuthFrameworkSessionContextCache	STORE	{"user":"user184@prod-corp.example","ip":"10.0.183.7"}	2026-10-20 05:03:00	2026-11-03 05:03:00
sess_184	AppAuthFrameworkSessionContextCache	STORE	{"user":"user185@prod-corp.example","ip":"10.0.184.7"}	2026-10-20 05:44:00	2026-11-03 05:44:00
sess_185	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user186@prod-corp.example","ip":"10.0.185.7"}	2026-10-20 06:25:00	2026-11-03 06:25:00
sess_186	AppAuthFrameworkSessionContextCache	STORE	{"user":"user187@prod-corp.example","ip":"10.0.186.7"}	2026-10-20 07:06:00	2026-11-03 07:06:00
sess_187	AppAuthFrameworkSessionContextCache	STORE	{"user":"user188@prod-corp.example","ip":"10.0.187.7"}	2026-10-20 07:47:00	2026-11-03 07:47:00
sess_188	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user189@prod-corp.example","ip":"10.0.188.7"}	2026-10-20 08:28:00	2026-11-03 08:28:00
sess_189	AppAuthFrameworkSessionContextCache	STORE	{"user":"user190@prod-corp.example","ip":"10.0.189.7"}	2026-10-20 09:09:00	2026-11-03 09:09:00
sess_190	AppAuthFrameworkSessionContextCache	STORE	{"user":"user191@prod-corp.example","ip":"10.0.190.7"}	2026-10-20 09:50:00	2026-11-03 09:50:00
sess_191	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user192@prod-corp.example","ip":"10.0.191.7"}	2026-10-20 10:31:00	2026-11-03 10:31:00
sess_192	AppAuthFrameworkSessionContextCache	STORE	{"user":"user193@prod-corp.example","ip":"10.0.192.7"}	2026-10-20 11:12:00	2026-11-03 11:12:00
sess_193	AppAuthFrameworkSessionContextCache	STORE	{"user":"user194@prod-corp.example","ip":"10.0.193.7"}	2026-10-20 11:53:00	2026-11-03 11:53:00
sess_194	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user195@prod-corp.example","ip":"10.0.194.7"}	2026-10-20 12:34:00	2026-11-03 12:34:00
sess_195	AppAuthFrameworkSessionContextCache	STORE	{"user":"user196@prod-corp.example","ip":"10.0.195.7"}	2026-10-20 13:15:00	2026-11-03 13:15:00
sess_196	AppAuthFrameworkSessionContextCache	STORE	{"user":"user197@prod-corp.example","ip":"10.0.196.7"}	2026-10-20 13:56:00	2026-11-03 13:56:00
sess_197	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user198@prod-corp.example","ip":"10.0.197.7"}	2026-10-20 14:37:00	2026-11-03 14:37:00
sess_198	AppAuthFrameworkSessionContextCache	STORE	{"user":"user199@prod-corp.example","ip":"10.0.198.7"}	2026-10-20 15:18:00	2026-11-03 15:18:00
sess_199	AppAuthFrameworkSessionContextCache	STORE	{"user":"user200@prod-corp.example","ip":"10.0.199.7"}	2026-10-20 15:59:00	2026-11-03 15:59:00
sess_200	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user201@prod-corp.example","ip":"10.0.200.7"}	2026-10-20 16:40:00	2026-11-03 16:40:00
sess_201	AppAuthFrameworkSessionContextCache	STORE	{"user":"user202@prod-corp.example","ip":"10.0.201.7"}	2026-10-20 17:21:00	2026-11-03 17:21:00
sess_202	AppAuthFrameworkSessionContextCache	STORE	{"user":"user203@prod-corp.example","ip":"10.0.202.7"}	2026-10-20 18:02:00	2026-11-03 18:02:00
sess_203	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user204@prod-corp.example","ip":"10.0.203.7"}	2026-10-20 18:43:00	2026-11-03 18:43:00
sess_204	AppAuthFrameworkSessionContextCache	STORE	{"user":"user205@prod-corp.example","ip":"10.0.204.7"}	2026-10-20 19:24:00	2026-11-03 19:24:00
sess_205	AppAuthFrameworkSessionContextCache	STORE	{"user":"user206@prod-corp.example","ip":"10.0.205.7"}	2026-10-20 20:05:00	2026-11-03 20:05:00
sess_206	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user207@prod-corp.example","ip":"10.0.206.7"}	2026-10-20 20:46:00	2026-11-03 20:46:00
sess_207	AppAuthFrameworkSessionContextCache	STORE	{"user":"user208@prod-corp.example","ip":"10.0.207.7"}	2026-10-20 21:27:00	2026-11-03 21:27:00
sess_208	AppAuthFrameworkSessionContextCache	STORE	{"user":"user209@prod-corp.example","ip":"10.0.208.7"}	2026-10-20 22:08:00	2026-11-03 22:08:00
sess_209	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user210@prod-corp.example","ip":"10.0.209.7"}	2026-10-20 22:49:00	2026-11-03 22:49:00
sess_210	AppAuthFrameworkSessionContextCache	STORE	{"user":"user211@prod-corp.example","ip":"10.0.210.7"}	2026-10-20 23:30:00	2026-11-03 23:30:00
sess_211	AppAuthFrameworkSessionContextCache	STORE	{"user":"user212@prod-corp.example","ip":"10.0.211.7"}	2026-10-21 00:11:00	2026-11-04 00:11:00
sess_212	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user213@prod-corp.example","ip":"10.0.212.7"}	2026-10-21 00:52:00	2026-11-04 00:52:00
sess_213	AppAuthFrameworkSessionContextCache	STORE	{"user":"user214@prod-corp.example","ip":"10.0.213.7"}	2026-10-21 01:33:00	2026-11-04 01:33:00
sess_214	AppAuthFrameworkSessionContextCache	STORE	{"user":"user215@prod-corp.example","ip":"10.0.214.7"}	2026-10-21 02:14:00	2026-11-04 02:14:00
sess_215	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user216@prod-corp.example","ip":"10.0.215.7"}	2026-10-21 02:55:00	2026-11-04 02:55:00
sess_216	AppAuthFrameworkSessionContextCache	STORE	{"user":"user217@prod-corp.example","ip":"10.0.216.7"}	2026-10-21 03:36:00	2026-11-04 03:36:00
sess_217	AppAuthFrameworkSessionContextCache	STORE	{"user":"user218@prod-corp.example","ip":"10.0.217.7"}	2026-10-21 04:17:00	2026-11-04 04:17:00
sess_218	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user219@prod-corp.example","ip":"10.0.218.7"}	2026-10-21 04:58:00	2026-11-04 04:58:00
sess_219	AppAuthFrameworkSessionContextCache	STORE	{"user":"user220@prod-corp.example","ip":"10.0.219.7"}	2026-10-21 05:39:00	2026-11-04 05:39:00
sess_220	AppAuthFrameworkSessionContextCache	STORE	{"user":"user221@prod-corp.example","ip":"10.0.220.7"}	2026-10-21 06:20:00	2026-11-04 06:20:00
sess_221	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user222@prod-corp.example","ip":"10.0.221.7"}	2026-10-21 07:01:00	2026-11-04 07:01:00
sess_222	AppAuthFrameworkSessionContextCache	STORE	{"user":"user223@prod-corp.example","ip":"10.0.222.7"}	2026-10-21 07:42:00	2026-11-04 07:42:00
sess_223	AppAuthFrameworkSessionContextCache	STORE	{"user":"user224@prod-corp.example","ip":"10.0.223.7"}	2026-10-21 08:23:00	2026-11-04 08:23:00
sess_224	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user225@prod-corp.example","ip":"10.0.224.7"}	2026-10-21 09:04:00	2026-11-04 09:04:00
sess_225	AppAuthFrameworkSessionContextCache	STORE	{"user":"user226@prod-corp.example","ip":"10.0.225.7"}	2026-10-21 09:45:00	2026-11-04 09:45:00
sess_226	AppAuthFrameworkSessionContextCache	STORE	{"user":"user227@prod-corp.example","ip":"10.0.226.7"}	2026-10-21 10:26:00	2026-11-04 10:26:00
sess_227	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user228@prod-corp.example","ip":"10.0.227.7"}	2026-10-21 11:07:00	2026-11-04 11:07:00
sess_228	AppAuthFrameworkSessionContextCache	STORE	{"user":"user229@prod-corp.example","ip":"10.0.228.7"}	2026-10-21 11:48:00	2026-11-04 11:48:00
sess_229	AppAuthFrameworkSessionContextCache	STORE	{"user":"user230@prod-corp.example","ip":"10.0.229.7"}	2026-10-21 12:29:00	2026-11-04 12:29:00
sess_230	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user231@prod-corp.example","ip":"10.0.230.7"}	2026-10-21 13:10:00	2026-11-04 13:10:00
sess_231	AppAuthFrameworkSessionContextCache	STORE	{"user":"user232@prod-corp.example","ip":"10.0.231.7"}	2026-10-21 13:51:00	2026-11-04 13:51:00
sess_232	AppAuthFrameworkSessionContextCache	STORE	{"user":"user233@prod-corp.example","ip":"10.0.232.7"}	2026-10-21 14:32:00	2026-11-04 14:32:00
sess_233	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user234@prod-corp.example","ip":"10.0.233.7"}	2026-10-21 15:13:00	2026-11-04 15:13:00
sess_234	AppAuthFrameworkSessionContextCache	STORE	{"user":"user235@prod-corp.example","ip":"10.0.234.7"}	2026-10-21 15:54:00	2026-11-04 15:54:00
sess_235	AppAuthFrameworkSessionContextCache	STORE	{"user":"user236@prod-corp.example","ip":"10.0.235.7"}	2026-10-21 16:35:00	2026-11-04 16:35:00
sess_236	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user237@prod-corp.example","ip":"10.0.236.7"}	2026-10-21 17:16:00	2026-11-04 17:16:00
sess_237	AppAuthFrameworkSessionContextCache	STORE	{"user":"user238@prod-corp.example","ip":"10.0.237.7"}	2026-10-21 17:57:00	2026-11-04 17:57:00
sess_238	AppAuthFrameworkSessionContextCache	STORE	{"user":"user239@prod-corp.example","ip":"10.0.238.7"}	2026-10-21 18:38:00	2026-11-04 18:38:00
sess_239	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user240@prod-corp.example","ip":"10.0.239.7"}	2026-10-21 19:19:00	2026-11-04 19:19:00
sess_240	AppAuthFrameworkSessionContextCache	STORE	{"user":"user241@prod-corp.example","ip":"10.0.240.7"}	2026-10-21 20:00:00	2026-11-04 20:00:00
sess_241	AppAuthFrameworkSessionContextCache	STORE	{"user":"user242@prod-corp.example","ip":"10.0.241.7"}	2026-10-21 20:41:00	2026-11-04 20:41:00
sess_242	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user243@prod-corp.example","ip":"10.0.242.7"}	2026-10-21 21:22:00	2026-11-04 21:22:00
sess_243	AppAuthFrameworkSessionContextCache	STORE	{"user":"user244@prod-corp.example","ip":"10.0.243.7"}	2026-10-21 22:03:00	2026-11-04 22:03:00
sess_244	AppAuthFrameworkSessionContextCache	STORE	{"user":"user245@prod-corp.example","ip":"10.0.244.7"}	2026-10-21 22:44:00	2026-11-04 22:44:00
sess_245	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user246@prod-corp.example","ip":"10.0.245.7"}	2026-10-21 23:25:00	2026-11-04 23:25:00
sess_246	AppAuthFrameworkSessionContextCache	STORE	{"user":"user247@prod-corp.example","ip":"10.0.246.7"}	2026-10-22 00:06:00	2026-11-05 00:06:00
sess_247	AppAuthFrameworkSessionContextCache	STORE	{"user":"user248@prod-corp.example","ip":"10.0.247.7"}	2026-10-22 00:47:00	2026-11-05 00:47:00
sess_248	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user249@prod-corp.example","ip":"10.0.248.7"}	2026-10-22 01:28:00	2026-11-05 01:28:00
sess_249	AppAuthFrameworkSessionContextCache	STORE	{"user":"user250@prod-corp.example","ip":"10.0.249.7"}	2026-10-22 02:09:00	2026-11-05 02:09:00
sess_250	AppAuthFrameworkSessionContextCache	STORE	{"user":"user251@prod-corp.example","ip":"10.0.0.7"}	2026-10-22 02:50:00	2026-11-05 02:50:00
sess_251	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user252@prod-corp.example","ip":"10.0.1.7"}	2026-10-22 03:31:00	2026-11-05 03:31:00
sess_252	AppAuthFrameworkSessionContextCache	STORE	{"user":"user253@prod-corp.example","ip":"10.0.2.7"}	2026-10-22 04:12:00	2026-11-05 04:12:00
sess_253	AppAuthFrameworkSessionContextCache	STORE	{"user":"user254@prod-corp.example","ip":"10.0.3.7"}	2026-10-22 04:53:00	2026-11-05 04:53:00
sess_254	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user255@prod-corp.example","ip":"10.0.4.7"}	2026-10-22 05:34:00	2026-11-05 05:34:00
sess_255	AppAuthFrameworkSessionContextCache	STORE	{"user":"user256@prod-corp.example","ip":"10.0.5.7"}	2026-10-22 06:15:00	2026-11-05 06:15:00
sess_256	AppAuthFrameworkSessionContextCache	STORE	{"user":"user257@prod-corp.example","ip":"10.0.6.7"}	2026-10-22 06:56:00	2026-11-05 06:56:00
sess_257	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user258@prod-corp.example","ip":"10.0.7.7"}	2026-10-22 07:37:00	2026-11-05 07:37:00
sess_258	AppAuthFrameworkSessionContextCache	STORE	{"user":"user259@prod-corp.example","ip":"10.0.8.7"}	2026-10-22 08:18:00	2026-11-05 08:18:00
sess_259	AppAuthFrameworkSessionContextCache	STORE	{"user":"user260@prod-corp.example","ip":"10.0.9.7"}	2026-10-22 08:59:00	2026-11-05 08:59:00
sess_260	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user261@prod-corp.example","ip":"10.0.10.7"}	2026-10-22 09:40:00	2026-11-05 09:40:00
sess_261	AppAuthFrameworkSessionContextCache	STORE	{"user":"user262@prod-corp.example","ip":"10.0.11.7"}	2026-10-22 10:21:00	2026-11-05 10:21:00
sess_262	AppAuthFrameworkSessionContextCache	STORE	{"user":"user263@prod-corp.example","ip":"10.0.12.7"}	2026-10-22 11:02:00	2026-11-05 11:02:00
sess_263	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user264@prod-corp.example","ip":"10.0.13.7"}	2026-10-22 11:43:00	2026-11-05 11:43:00
sess_264	AppAuthFrameworkSessionContextCache	STORE	{"user":"user265@prod-corp.example","ip":"10.0.14.7"}	2026-10-22 12:24:00	2026-11-05 12:24:00
sess_265	AppAuthFrameworkSessionContextCache	STORE	{"user":"user266@prod-corp.example","ip":"10.0.15.7"}	2026-10-22 13:05:00	2026-11-05 13:05:00
sess_266	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user267@prod-corp.example","ip":"10.0.16.7"}	2026-10-22 13:46:00	2026-11-05 13:46:00
sess_267	AppAuthFrameworkSessionContextCache	STORE	{"user":"user268@prod-corp.example","ip":"10.0.17.7"}	2026-10-22 14:27:00	2026-11-05 14:27:00
sess_268	AppAuthFrameworkSessionContextCache	STORE	{"user":"user269@prod-corp.example","ip":"10.0.18.7"}	2026-10-22 15:08:00	2026-11-05 15:08:00
sess_269	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user270@prod-corp.example","ip":"10.0.19.7"}	2026-10-22 15:49:00	2026-11-05 15:49:00
sess_270	AppAuthFrameworkSessionContextCache	STORE	{"user":"user271@prod-corp.example","ip":"10.0.20.7"}	2026-10-22 16:30:00	2026-11-05 16:30:00
sess_271	AppAuthFrameworkSessionContextCache	STORE	{"user":"user272@prod-corp.example","ip":"10.0.21.7"}	2026-10-22 17:11:00	2026-11-05 17:11:00
sess_272	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user273@prod-corp.example","ip":"10.0.22.7"}	2026-10-22 17:52:00	2026-11-05 17:52:00
sess_273	AppAuthFrameworkSessionContextCache	STORE	{"user":"user274@prod-corp.example","ip":"10.0.23.7"}	2026-10-22 18:33:00	2026-11-05 18:33:00
sess_274	AppAuthFrameworkSessionContextCache	STORE	{"user":"user275@prod-corp.example","ip":"10.0.24.7"}	2026-10-22 19:14:00	2026-11-05 19:14:00
sess_275	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user276@prod-corp.example","ip":"10.0.25.7"}	2026-10-22 19:55:00	2026-11-05 19:55:00
sess_276	AppAuthFrameworkSessionContextCache	STORE	{"user":"user277@prod-corp.example","ip":"10.0.26.7"}	2026-10-22 20:36:00	2026-11-05 20:36:00
sess_277	AppAuthFrameworkSessionContextCache	STORE	{"user":"user278@prod-corp.example","ip":"10.0.27.7"}	2026-10-22 21:17:00	2026-11-05 21:17:00
sess_278	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user279@prod-corp.example","ip":"10.0.28.7"}	2026-10-22 21:58:00	2026-11-05 21:58:00
sess_279	AppAuthFrameworkSessionContextCache	STORE	{"user":"user280@prod-corp.example","ip":"10.0.29.7"}	2026-10-22 22:39:00	2026-11-05 22:39:00
sess_280	AppAuthFrameworkSessionContextCache	STORE	{"user":"user281@prod-corp.example","ip":"10.0.30.7"}	2026-10-22 23:20:00	2026-11-05 23:20:00
sess_281	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user282@prod-corp.example","ip":"10.0.31.7"}	2026-10-23 00:01:00	2026-11-06 00:01:00
sess_282	AppAuthFrameworkSessionContextCache	STORE	{"user":"user283@prod-corp.example","ip":"10.0.32.7"}	2026-10-23 00:42:00	2026-11-06 00:42:00
sess_283	AppAuthFrameworkSessionContextCache	STORE	{"user":"user284@prod-corp.example","ip":"10.0.33.7"}	2026-10-23 01:23:00	2026-11-06 01:23:00
sess_284	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user285@prod-corp.example","ip":"10.0.34.7"}	2026-10-23 02:04:00	2026-11-06 02:04:00
sess_285	AppAuthFrameworkSessionContextCache	STORE	{"user":"user286@prod-corp.example","ip":"10.0.35.7"}	2026-10-23 02:45:00	2026-11-06 02:45:00
sess_286	AppAuthFrameworkSessionContextCache	STORE	{"user":"user287@prod-corp.example","ip":"10.0.36.7"}	2026-10-23 03:26:00	2026-11-06 03:26:00
sess_287	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user288@prod-corp.example","ip":"10.0.37.7"}	2026-10-23 04:07:00	2026-11-06 04:07:00
sess_288	AppAuthFrameworkSessionContextCache	STORE	{"user":"user289@prod-corp.example","ip":"10.0.38.7"}	2026-10-23 04:48:00	2026-11-06 04:48:00
sess_289	AppAuthFrameworkSessionContextCache	STORE	{"user":"user290@prod-corp.example","ip":"10.0.39.7"}	2026-10-23 05:29:00	2026-11-06 05:29:00
sess_290	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user291@prod-corp.example","ip":"10.0.40.7"}	2026-10-23 06:10:00	2026-11-06 06:10:00
sess_291	AppAuthFrameworkSessionContextCache	STORE	{"user":"user292@prod-corp.example","ip":"10.0.41.7"}	2026-10-23 06:51:00	2026-11-06 06:51:00
sess_292	AppAuthFrameworkSessionContextCache	STORE	{"user":"user293@prod-corp.example","ip":"10.0.42.7"}	2026-10-23 07:32:00	2026-11-06 07:32:00
sess_293	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user294@prod-corp.example","ip":"10.0.43.7"}	2026-10-23 08:13:00	2026-11-06 08:13:00
sess_294	AppAuthFrameworkSessionContextCache	STORE	{"user":"user295@prod-corp.example","ip":"10.0.44.7"}	2026-10-23 08:54:00	2026-11-06 08:54:00
sess_295	AppAuthFrameworkSessionContextCache	STORE	{"user":"user296@prod-corp.example","ip":"10.0.45.7"}	2026-10-23 09:35:00	2026-11-06 09:35:00
sess_296	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user297@prod-corp.example","ip":"10.0.46.7"}	2026-10-23 10:16:00	2026-11-06 10:16:00
sess_297	AppAuthFrameworkSessionContextCache	STORE	{"user":"user298@prod-corp.example","ip":"10.0.47.7"}	2026-10-23 10:57:00	2026-11-06 10:57:00
sess_298	AppAuthFrameworkSessionContextCache	STORE	{"user":"user299@prod-corp.example","ip":"10.0.48.7"}	2026-10-23 11:38:00	2026-11-06 11:38:00
sess_299	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user300@prod-corp.example","ip":"10.0.49.7"}	2026-10-23 12:19:00	2026-11-06 12:19:00
sess_300	AppAuthFrameworkSessionContextCache	STORE	{"user":"user1@prod-corp.example","ip":"10.0.50.7"}	2026-10-23 13:00:00	2026-11-06 13:00:00
sess_301	AppAuthFrameworkSessionContextCache	STORE	{"user":"user2@prod-corp.example","ip":"10.0.51.7"}	2026-10-23 13:41:00	2026-11-06 13:41:00
sess_302	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user3@prod-corp.example","ip":"10.0.52.7"}	2026-10-23 14:22:00	2026-11-06 14:22:00
sess_303	AppAuthFrameworkSessionContextCache	STORE	{"user":"user4@prod-corp.example","ip":"10.0.53.7"}	2026-10-23 15:03:00	2026-11-06 15:03:00
sess_304	AppAuthFrameworkSessionContextCache	STORE	{"user":"user5@prod-corp.example","ip":"10.0.54.7"}	2026-10-23 15:44:00	2026-11-06 15:44:00
sess_305	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user6@prod-corp.example","ip":"10.0.55.7"}	2026-10-23 16:25:00	2026-11-06 16:25:00
sess_306	AppAuthFrameworkSessionContextCache	STORE	{"user":"user7@prod-corp.example","ip":"10.0.56.7"}	2026-10-23 17:06:00	2026-11-06 17:06:00
sess_307	AppAuthFrameworkSessionContextCache	STORE	{"user":"user8@prod-corp.example","ip":"10.0.57.7"}	2026-10-23 17:47:00	2026-11-06 17:47:00
sess_308	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user9@prod-corp.example","ip":"10.0.58.7"}	2026-10-23 18:28:00	2026-11-06 18:28:00
sess_309	AppAuthFrameworkSessionContextCache	STORE	{"user":"user10@prod-corp.example","ip":"10.0.59.7"}	2026-10-23 19:09:00	2026-11-06 19:09:00
sess_310	AppAuthFrameworkSessionContextCache	STORE	{"user":"user11@prod-corp.example","ip":"10.0.60.7"}	2026-10-23 19:50:00	2026-11-06 19:50:00
sess_311	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user12@prod-corp.example","ip":"10.0.61.7"}	2026-10-23 20:31:00	2026-11-06 20:31:00
sess_312	AppAuthFrameworkSessionContextCache	STORE	{"user":"user13@prod-corp.example","ip":"10.0.62.7"}	2026-10-23 21:12:00	2026-11-06 21:12:00
sess_313	AppAuthFrameworkSessionContextCache	STORE	{"user":"user14@prod-corp.example","ip":"10.0.63.7"}	2026-10-23 21:53:00	2026-11-06 21:53:00
sess_314	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user15@prod-corp.example","ip":"10.0.64.7"}	2026-10-23 22:34:00	2026-11-06 22:34:00
sess_315	AppAuthFrameworkSessionContextCache	STORE	{"user":"user16@prod-corp.example","ip":"10.0.65.7"}	2026-10-23 23:15:00	2026-11-06 23:15:00
sess_316	AppAuthFrameworkSessionContextCache	STORE	{"user":"user17@prod-corp.example","ip":"10.0.66.7"}	2026-10-23 23:56:00	2026-11-06 23:56:00
sess_317	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user18@prod-corp.example","ip":"10.0.67.7"}	2026-10-24 00:37:00	2026-11-07 00:37:00
sess_318	AppAuthFrameworkSessionContextCache	STORE	{"user":"user19@prod-corp.example","ip":"10.0.68.7"}	2026-10-24 01:18:00	2026-11-07 01:18:00
sess_319	AppAuthFrameworkSessionContextCache	STORE	{"user":"user20@prod-corp.example","ip":"10.0.69.7"}	2026-10-24 01:59:00	2026-11-07 01:59:00
sess_320	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user21@prod-corp.example","ip":"10.0.70.7"}	2026-10-24 02:40:00	2026-11-07 02:40:00
sess_321	AppAuthFrameworkSessionContextCache	STORE	{"user":"user22@prod-corp.example","ip":"10.0.71.7"}	2026-10-24 03:21:00	2026-11-07 03:21:00
sess_322	AppAuthFrameworkSessionContextCache	STORE	{"user":"user23@prod-corp.example","ip":"10.0.72.7"}	2026-10-24 04:02:00	2026-11-07 04:02:00
sess_323	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user24@prod-corp.example","ip":"10.0.73.7"}	2026-10-24 04:43:00	2026-11-07 04:43:00
sess_324	AppAuthFrameworkSessionContextCache	STORE	{"user":"user25@prod-corp.example","ip":"10.0.74.7"}	2026-10-24 05:24:00	2026-11-07 05:24:00
sess_325	AppAuthFrameworkSessionContextCache	STORE	{"user":"user26@prod-corp.example","ip":"10.0.75.7"}	2026-10-24 06:05:00	2026-11-07 06:05:00
sess_326	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user27@prod-corp.example","ip":"10.0.76.7"}	2026-10-24 06:46:00	2026-11-07 06:46:00
sess_327	AppAuthFrameworkSessionContextCache	STORE	{"user":"user28@prod-corp.example","ip":"10.0.77.7"}	2026-10-24 07:27:00	2026-11-07 07:27:00
sess_328	AppAuthFrameworkSessionContextCache	STORE	{"user":"user29@prod-corp.example","ip":"10.0.78.7"}	2026-10-24 08:08:00	2026-11-07 08:08:00
sess_329	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user30@prod-corp.example","ip":"10.0.79.7"}	2026-10-24 08:49:00	2026-11-07 08:49:00
sess_330	AppAuthFrameworkSessionContextCache	STORE	{"user":"user31@prod-corp.example","ip":"10.0.80.7"}	2026-10-24 09:30:00	2026-11-07 09:30:00
sess_331	AppAuthFrameworkSessionContextCache	STORE	{"user":"user32@prod-corp.example","ip":"10.0.81.7"}	2026-10-24 10:11:00	2026-11-07 10:11:00
sess_332	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user33@prod-corp.example","ip":"10.0.82.7"}	2026-10-24 10:52:00	2026-11-07 10:52:00
sess_333	AppAuthFrameworkSessionContextCache	STORE	{"user":"user34@prod-corp.example","ip":"10.0.83.7"}	2026-10-24 11:33:00	2026-11-07 11:33:00
sess_334	AppAuthFrameworkSessionContextCache	STORE	{"user":"user35@prod-corp.example","ip":"10.0.84.7"}	2026-10-24 12:14:00	2026-11-07 12:14:00
sess_335	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user36@prod-corp.example","ip":"10.0.85.7"}	2026-10-24 12:55:00	2026-11-07 12:55:00
sess_336	AppAuthFrameworkSessionContextCache	STORE	{"user":"user37@prod-corp.example","ip":"10.0.86.7"}	2026-10-24 13:36:00	2026-11-07 13:36:00
sess_337	AppAuthFrameworkSessionContextCache	STORE	{"user":"user38@prod-corp.example","ip":"10.0.87.7"}	2026-10-24 14:17:00	2026-11-07 14:17:00
sess_338	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user39@prod-corp.example","ip":"10.0.88.7"}	2026-10-24 14:58:00	2026-11-07 14:58:00
sess_339	AppAuthFrameworkSessionContextCache	STORE	{"user":"user40@prod-corp.example","ip":"10.0.89.7"}	2026-10-24 15:39:00	2026-11-07 15:39:00
sess_340	AppAuthFrameworkSessionContextCache	STORE	{"user":"user41@prod-corp.example","ip":"10.0.90.7"}	2026-10-24 16:20:00	2026-11-07 16:20:00
sess_341	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user42@prod-corp.example","ip":"10.0.91.7"}	2026-10-24 17:01:00	2026-11-07 17:01:00
sess_342	AppAuthFrameworkSessionContextCache	STORE	{"user":"user43@prod-corp.example","ip":"10.0.92.7"}	2026-10-24 17:42:00	2026-11-07 17:42:00
sess_343	AppAuthFrameworkSessionContextCache	STORE	{"user":"user44@prod-corp.example","ip":"10.0.93.7"}	2026-10-24 18:23:00	2026-11-07 18:23:00
sess_344	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user45@prod-corp.example","ip":"10.0.94.7"}	2026-10-24 19:04:00	2026-11-07 19:04:00
sess_345	AppAuthFrameworkSessionContextCache	STORE	{"user":"user46@prod-corp.example","ip":"10.0.95.7"}	2026-10-24 19:45:00	2026-11-07 19:45:00
sess_346	AppAuthFrameworkSessionContextCache	STORE	{"user":"user47@prod-corp.example","ip":"10.0.96.7"}	2026-10-24 20:26:00	2026-11-07 20:26:00
sess_347	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user48@prod-corp.example","ip":"10.0.97.7"}	2026-10-24 21:07:00	2026-11-07 21:07:00
sess_348	AppAuthFrameworkSessionContextCache	STORE	{"user":"user49@prod-corp.example","ip":"10.0.98.7"}	2026-10-24 21:48:00	2026-11-07 21:48:00
sess_349	AppAuthFrameworkSessionContextCache	STORE	{"user":"user50@prod-corp.example","ip":"10.0.99.7"}	2026-10-24 22:29:00	2026-11-07 22:29:00
sess_350	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user51@prod-corp.example","ip":"10.0.100.7"}	2026-10-24 23:10:00	2026-11-07 23:10:00
sess_351	AppAuthFrameworkSessionContextCache	STORE	{"user":"user52@prod-corp.example","ip":"10.0.101.7"}	2026-10-24 23:51:00	2026-11-07 23:51:00
sess_352	AppAuthFrameworkSessionContextCache	STORE	{"user":"user53@prod-corp.example","ip":"10.0.102.7"}	2026-10-25 00:32:00	2026-11-08 00:32:00
sess_353	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user54@prod-corp.example","ip":"10.0.103.7"}	2026-10-25 01:13:00	2026-11-08 01:13:00
sess_354	AppAuthFrameworkSessionContextCache	STORE	{"user":"user55@prod-corp.example","ip":"10.0.104.7"}	2026-10-25 01:54:00	2026-11-08 01:54:00
sess_355	AppAuthFrameworkSessionContextCache	STORE	{"user":"user56@prod-corp.example","ip":"10.0.105.7"}	2026-10-25 02:35:00	2026-11-08 02:35:00
sess_356	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user57@prod-corp.example","ip":"10.0.106.7"}	2026-10-25 03:16:00	2026-11-08 03:16:00
sess_357	AppAuthFrameworkSessionContextCache	STORE	{"user":"user58@prod-corp.example","ip":"10.0.107.7"}	2026-10-25 03:57:00	2026-11-08 03:57:00
sess_358	AppAuthFrameworkSessionContextCache	STORE	{"user":"user59@prod-corp.example","ip":"10.0.108.7"}	2026-10-25 04:38:00	2026-11-08 04:38:00
sess_359	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user60@prod-corp.example","ip":"10.0.109.7"}	2026-10-25 05:19:00	2026-11-08 05:19:00
sess_360	AppAuthFrameworkSessionContextCache	STORE	{"user":"user61@prod-corp.example","ip":"10.0.110.7"}	2026-10-25 06:00:00	2026-11-08 06:00:00
sess_361	AppAuthFrameworkSessionContextCache	STORE	{"user":"user62@prod-corp.example","ip":"10.0.111.7"}	2026-10-25 06:41:00	2026-11-08 06:41:00
sess_362	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user63@prod-corp.example","ip":"10.0.112.7"}	2026-10-25 07:22:00	2026-11-08 07:22:00
sess_363	AppAuthFrameworkSessionContextCache	STORE	{"user":"user64@prod-corp.example","ip":"10.0.113.7"}	2026-10-25 08:03:00	2026-11-08 08:03:00
sess_364	AppAuthFrameworkSessionContextCache	STORE	{"user":"user65@prod-corp.example","ip":"10.0.114.7"}	2026-10-25 08:44:00	2026-11-08 08:44:00
sess_365	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user66@prod-corp.example","ip":"10.0.115.7"}	2026-10-25 09:25:00	2026-11-08 09:25:00
sess_366	AppAuthFrameworkSessionContextCache	STORE	{"user":"user67@prod-corp.example","ip":"10.0.116.7"}	2026-10-25 10:06:00	2026-11-08 10:06:00
sess_367	AppAuthFrameworkSessionContextCache	STORE	{"user":"user68@prod-corp.example","ip":"10.0.117.7"}	2026-10-25 10:47:00	2026-11-08 10:47:00
sess_368	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user69@prod-corp.example","ip":"10.0.118.7"}	2026-10-25 11:28:00	2026-11-08 11:28:00
sess_369	AppAuthFrameworkSessionContextCache	STORE	{"user":"user70@prod-corp.example","ip":"10.0.119.7"}	2026-10-25 12:09:00	2026-11-08 12:09:00
sess_370	AppAuthFrameworkSessionContextCache	STORE	{"user":"user71@prod-corp.example","ip":"10.0.120.7"}	2026-10-25 12:50:00	2026-11-08 12:50:00
sess_371	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user72@prod-corp.example","ip":"10.0.121.7"}	2026-10-25 13:31:00	2026-11-08 13:31:00
sess_372	AppAuthFrameworkSessionContextCache	STORE	{"user":"user73@prod-corp.example","ip":"10.0.122.7"}	2026-10-25 14:12:00	2026-11-08 14:12:00
sess_373	AppAuthFrameworkSessionContextCache	STORE	{"user":"user74@prod-corp.example","ip":"10.0.123.7"}	2026-10-25 14:53:00	2026-11-08 14:53:00
sess_374	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user75@prod-corp.example","ip":"10.0.124.7"}	2026-10-25 15:34:00	2026-11-08 15:34:00
sess_375	AppAuthFrameworkSessionContextCache	STORE	{"user":"user76@prod-corp.example","ip":"10.0.125.7"}	2026-10-25 16:15:00	2026-11-08 16:15:00
sess_376	AppAuthFrameworkSessionContextCache	STORE	{"user":"user77@prod-corp.example","ip":"10.0.126.7"}	2026-10-25 16:56:00	2026-11-08 16:56:00
sess_377	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user78@prod-corp.example","ip":"10.0.127.7"}	2026-10-25 17:37:00	2026-11-08 17:37:00
sess_378	AppAuthFrameworkSessionContextCache	STORE	{"user":"user79@prod-corp.example","ip":"10.0.128.7"}	2026-10-25 18:18:00	2026-11-08 18:18:00
sess_379	AppAuthFrameworkSessionContextCache	STORE	{"user":"user80@prod-corp.example","ip":"10.0.129.7"}	2026-10-25 18:59:00	2026-11-08 18:59:00
sess_380	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user81@prod-corp.example","ip":"10.0.130.7"}	2026-10-25 19:40:00	2026-11-08 19:40:00
sess_381	AppAuthFrameworkSessionContextCache	STORE	{"user":"user82@prod-corp.example","ip":"10.0.131.7"}	2026-10-25 20:21:00	2026-11-08 20:21:00
sess_382	AppAuthFrameworkSessionContextCache	STORE	{"user":"user83@prod-corp.example","ip":"10.0.132.7"}	2026-10-25 21:02:00	2026-11-08 21:02:00
sess_383	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user84@prod-corp.example","ip":"10.0.133.7"}	2026-10-25 21:43:00	2026-11-08 21:43:00
sess_384	AppAuthFrameworkSessionContextCache	STORE	{"user":"user85@prod-corp.example","ip":"10.0.134.7"}	2026-10-25 22:24:00	2026-11-08 22:24:00
sess_385	AppAuthFrameworkSessionContextCache	STORE	{"user":"user86@prod-corp.example","ip":"10.0.135.7"}	2026-10-25 23:05:00	2026-11-08 23:05:00
sess_386	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user87@prod-corp.example","ip":"10.0.136.7"}	2026-10-25 23:46:00	2026-11-08 23:46:00
sess_387	AppAuthFrameworkSessionContextCache	STORE	{"user":"user88@prod-corp.example","ip":"10.0.137.7"}	2026-10-26 00:27:00	2026-11-09 00:27:00
sess_388	AppAuthFrameworkSessionContextCache	STORE	{"user":"user89@prod-corp.example","ip":"10.0.138.7"}	2026-10-26 01:08:00	2026-11-09 01:08:00
sess_389	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user90@prod-corp.example","ip":"10.0.139.7"}	2026-10-26 01:49:00	2026-11-09 01:49:00
sess_390	AppAuthFrameworkSessionContextCache	STORE	{"user":"user91@prod-corp.example","ip":"10.0.140.7"}	2026-10-26 02:30:00	2026-11-09 02:30:00
sess_391	AppAuthFrameworkSessionContextCache	STORE	{"user":"user92@prod-corp.example","ip":"10.0.141.7"}	2026-10-26 03:11:00	2026-11-09 03:11:00
sess_392	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user93@prod-corp.example","ip":"10.0.142.7"}	2026-10-26 03:52:00	2026-11-09 03:52:00
sess_393	AppAuthFrameworkSessionContextCache	STORE	{"user":"user94@prod-corp.example","ip":"10.0.143.7"}	2026-10-26 04:33:00	2026-11-09 04:33:00
sess_394	AppAuthFrameworkSessionContextCache	STORE	{"user":"user95@prod-corp.example","ip":"10.0.144.7"}	2026-10-26 05:14:00	2026-11-09 05:14:00
sess_395	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user96@prod-corp.example","ip":"10.0.145.7"}	2026-10-26 05:55:00	2026-11-09 05:55:00
sess_396	AppAuthFrameworkSessionContextCache	STORE	{"user":"user97@prod-corp.example","ip":"10.0.146.7"}	2026-10-26 06:36:00	2026-11-09 06:36:00
sess_397	AppAuthFrameworkSessionContextCache	STORE	{"user":"user98@prod-corp.example","ip":"10.0.147.7"}	2026-10-26 07:17:00	2026-11-09 07:17:00
sess_398	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user99@prod-corp.example","ip":"10.0.148.7"}	2026-10-26 07:58:00	2026-11-09 07:58:00
sess_399	AppAuthFrameworkSessionContextCache	STORE	{"user":"user100@prod-corp.example","ip":"10.0.149.7"}	2026-10-26 08:39:00	2026-11-09 08:39:00
sess_400	AppAuthFrameworkSessionContextCache	STORE	{"user":"user101@prod-corp.example","ip":"10.0.150.7"}	2026-10-26 09:20:00	2026-11-09 09:20:00
sess_401	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user102@prod-corp.example","ip":"10.0.151.7"}	2026-10-26 10:01:00	2026-11-09 10:01:00
sess_402	AppAuthFrameworkSessionContextCache	STORE	{"user":"user103@prod-corp.example","ip":"10.0.152.7"}	2026-10-26 10:42:00	2026-11-09 10:42:00
sess_403	AppAuthFrameworkSessionContextCache	STORE	{"user":"user104@prod-corp.example","ip":"10.0.153.7"}	2026-10-26 11:23:00	2026-11-09 11:23:00
sess_404	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user105@prod-corp.example","ip":"10.0.154.7"}	2026-10-26 12:04:00	2026-11-09 12:04:00
sess_405	AppAuthFrameworkSessionContextCache	STORE	{"user":"user106@prod-corp.example","ip":"10.0.155.7"}	2026-10-26 12:45:00	2026-11-09 12:45:00
sess_406	AppAuthFrameworkSessionContextCache	STORE	{"user":"user107@prod-corp.example","ip":"10.0.156.7"}	2026-10-26 13:26:00	2026-11-09 13:26:00
sess_407	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user108@prod-corp.example","ip":"10.0.157.7"}	2026-10-26 14:07:00	2026-11-09 14:07:00
sess_408	AppAuthFrameworkSessionContextCache	STORE	{"user":"user109@prod-corp.example","ip":"10.0.158.7"}	2026-10-26 14:48:00	2026-11-09 14:48:00
sess_409	AppAuthFrameworkSessionContextCache	STORE	{"user":"user110@prod-corp.example","ip":"10.0.159.7"}	2026-10-26 15:29:00	2026-11-09 15:29:00
sess_410	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user111@prod-corp.example","ip":"10.0.160.7"}	2026-10-26 16:10:00	2026-11-09 16:10:00
sess_411	AppAuthFrameworkSessionContextCache	STORE	{"user":"user112@prod-corp.example","ip":"10.0.161.7"}	2026-10-26 16:51:00	2026-11-09 16:51:00
sess_412	AppAuthFrameworkSessionContextCache	STORE	{"user":"user113@prod-corp.example","ip":"10.0.162.7"}	2026-10-26 17:32:00	2026-11-09 17:32:00
sess_413	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user114@prod-corp.example","ip":"10.0.163.7"}	2026-10-26 18:13:00	2026-11-09 18:13:00
sess_414	AppAuthFrameworkSessionContextCache	STORE	{"user":"user115@prod-corp.example","ip":"10.0.164.7"}	2026-10-26 18:54:00	2026-11-09 18:54:00
sess_415	AppAuthFrameworkSessionContextCache	STORE	{"user":"user116@prod-corp.example","ip":"10.0.165.7"}	2026-10-26 19:35:00	2026-11-09 19:35:00
sess_416	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user117@prod-corp.example","ip":"10.0.166.7"}	2026-10-26 20:16:00	2026-11-09 20:16:00
sess_417	AppAuthFrameworkSessionContextCache	STORE	{"user":"user118@prod-corp.example","ip":"10.0.167.7"}	2026-10-26 20:57:00	2026-11-09 20:57:00
sess_418	AppAuthFrameworkSessionContextCache	STORE	{"user":"user119@prod-corp.example","ip":"10.0.168.7"}	2026-10-26 21:38:00	2026-11-09 21:38:00
sess_419	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user120@prod-corp.example","ip":"10.0.169.7"}	2026-10-26 22:19:00	2026-11-09 22:19:00
sess_420	AppAuthFrameworkSessionContextCache	STORE	{"user":"user121@prod-corp.example","ip":"10.0.170.7"}	2026-10-26 23:00:00	2026-11-09 23:00:00
sess_421	AppAuthFrameworkSessionContextCache	STORE	{"user":"user122@prod-corp.example","ip":"10.0.171.7"}	2026-10-26 23:41:00	2026-11-09 23:41:00
sess_422	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user123@prod-corp.example","ip":"10.0.172.7"}	2026-10-27 00:22:00	2026-11-10 00:22:00
sess_423	AppAuthFrameworkSessionContextCache	STORE	{"user":"user124@prod-corp.example","ip":"10.0.173.7"}	2026-10-27 01:03:00	2026-11-10 01:03:00
sess_424	AppAuthFrameworkSessionContextCache	STORE	{"user":"user125@prod-corp.example","ip":"10.0.174.7"}	2026-10-27 01:44:00	2026-11-10 01:44:00
sess_425	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user126@prod-corp.example","ip":"10.0.175.7"}	2026-10-27 02:25:00	2026-11-10 02:25:00
sess_426	AppAuthFrameworkSessionContextCache	STORE	{"user":"user127@prod-corp.example","ip":"10.0.176.7"}	2026-10-27 03:06:00	2026-11-10 03:06:00
sess_427	AppAuthFrameworkSessionContextCache	STORE	{"user":"user128@prod-corp.example","ip":"10.0.177.7"}	2026-10-27 03:47:00	2026-11-10 03:47:00
sess_428	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user129@prod-corp.example","ip":"10.0.178.7"}	2026-10-27 04:28:00	2026-11-10 04:28:00
sess_429	AppAuthFrameworkSessionContextCache	STORE	{"user":"user130@prod-corp.example","ip":"10.0.179.7"}	2026-10-27 05:09:00	2026-11-10 05:09:00
sess_430	AppAuthFrameworkSessionContextCache	STORE	{"user":"user131@prod-corp.example","ip":"10.0.180.7"}	2026-10-27 05:50:00	2026-11-10 05:50:00
sess_431	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user132@prod-corp.example","ip":"10.0.181.7"}	2026-10-27 06:31:00	2026-11-10 06:31:00
sess_432	AppAuthFrameworkSessionContextCache	STORE	{"user":"user133@prod-corp.example","ip":"10.0.182.7"}	2026-10-27 07:12:00	2026-11-10 07:12:00
sess_433	AppAuthFrameworkSessionContextCache	STORE	{"user":"user134@prod-corp.example","ip":"10.0.183.7"}	2026-10-27 07:53:00	2026-11-10 07:53:00
sess_434	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user135@prod-corp.example","ip":"10.0.184.7"}	2026-10-27 08:34:00	2026-11-10 08:34:00
sess_435	AppAuthFrameworkSessionContextCache	STORE	{"user":"user136@prod-corp.example","ip":"10.0.185.7"}	2026-10-27 09:15:00	2026-11-10 09:15:00
sess_436	AppAuthFrameworkSessionContextCache	STORE	{"user":"user137@prod-corp.example","ip":"10.0.186.7"}	2026-10-27 09:56:00	2026-11-10 09:56:00
sess_437	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user138@prod-corp.example","ip":"10.0.187.7"}	2026-10-27 10:37:00	2026-11-10 10:37:00
sess_438	AppAuthFrameworkSessionContextCache	STORE	{"user":"user139@prod-corp.example","ip":"10.0.188.7"}	2026-10-27 11:18:00	2026-11-10 11:18:00
sess_439	AppAuthFrameworkSessionContextCache	STORE	{"user":"user140@prod-corp.example","ip":"10.0.189.7"}	2026-10-27 11:59:00	2026-11-10 11:59:00
sess_440	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user141@prod-corp.example","ip":"10.0.190.7"}	2026-10-27 12:40:00	2026-11-10 12:40:00
sess_441	AppAuthFrameworkSessionContextCache	STORE	{"user":"user142@prod-corp.example","ip":"10.0.191.7"}	2026-10-27 13:21:00	2026-11-10 13:21:00
sess_442	AppAuthFrameworkSessionContextCache	STORE	{"user":"user143@prod-corp.example","ip":"10.0.192.7"}	2026-10-27 14:02:00	2026-11-10 14:02:00
sess_443	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user144@prod-corp.example","ip":"10.0.193.7"}	2026-10-27 14:43:00	2026-11-10 14:43:00
sess_444	AppAuthFrameworkSessionContextCache	STORE	{"user":"user145@prod-corp.example","ip":"10.0.194.7"}	2026-10-27 15:24:00	2026-11-10 15:24:00
sess_445	AppAuthFrameworkSessionContextCache	STORE	{"user":"user146@prod-corp.example","ip":"10.0.195.7"}	2026-10-27 16:05:00	2026-11-10 16:05:00
sess_446	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user147@prod-corp.example","ip":"10.0.196.7"}	2026-10-27 16:46:00	2026-11-10 16:46:00
sess_447	AppAuthFrameworkSessionContextCache	STORE	{"user":"user148@prod-corp.example","ip":"10.0.197.7"}	2026-10-27 17:27:00	2026-11-10 17:27:00
sess_448	AppAuthFrameworkSessionContextCache	STORE	{"user":"user149@prod-corp.example","ip":"10.0.198.7"}	2026-10-27 18:08:00	2026-11-10 18:08:00
sess_449	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user150@prod-corp.example","ip":"10.0.199.7"}	2026-10-27 18:49:00	2026-11-10 18:49:00
sess_450	AppAuthFrameworkSessionContextCache	STORE	{"user":"user151@prod-corp.example","ip":"10.0.200.7"}	2026-10-27 19:30:00	2026-11-10 19:30:00
sess_451	AppAuthFrameworkSessionContextCache	STORE	{"user":"user152@prod-corp.example","ip":"10.0.201.7"}	2026-10-27 20:11:00	2026-11-10 20:11:00
sess_452	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user153@prod-corp.example","ip":"10.0.202.7"}	2026-10-27 20:52:00	2026-11-10 20:52:00
sess_453	AppAuthFrameworkSessionContextCache	STORE	{"user":"user154@prod-corp.example","ip":"10.0.203.7"}	2026-10-27 21:33:00	2026-11-10 21:33:00
sess_454	AppAuthFrameworkSessionContextCache	STORE	{"user":"user155@prod-corp.example","ip":"10.0.204.7"}	2026-10-27 22:14:00	2026-11-10 22:14:00
sess_455	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user156@prod-corp.example","ip":"10.0.205.7"}	2026-10-27 22:55:00	2026-11-10 22:55:00
sess_456	AppAuthFrameworkSessionContextCache	STORE	{"user":"user157@prod-corp.example","ip":"10.0.206.7"}	2026-10-27 23:36:00	2026-11-10 23:36:00
sess_457	AppAuthFrameworkSessionContextCache	STORE	{"user":"user158@prod-corp.example","ip":"10.0.207.7"}	2026-10-28 00:17:00	2026-11-11 00:17:00
sess_458	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user159@prod-corp.example","ip":"10.0.208.7"}	2026-10-28 00:58:00	2026-11-11 00:58:00
sess_459	AppAuthFrameworkSessionContextCache	STORE	{"user":"user160@prod-corp.example","ip":"10.0.209.7"}	2026-10-28 01:39:00	2026-11-11 01:39:00
sess_460	AppAuthFrameworkSessionContextCache	STORE	{"user":"user161@prod-corp.example","ip":"10.0.210.7"}	2026-10-28 02:20:00	2026-11-11 02:20:00
sess_461	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user162@prod-corp.example","ip":"10.0.211.7"}	2026-10-28 03:01:00	2026-11-11 03:01:00
sess_462	AppAuthFrameworkSessionContextCache	STORE	{"user":"user163@prod-corp.example","ip":"10.0.212.7"}	2026-10-28 03:42:00	2026-11-11 03:42:00
sess_463	AppAuthFrameworkSessionContextCache	STORE	{"user":"user164@prod-corp.example","ip":"10.0.213.7"}	2026-10-28 04:23:00	2026-11-11 04:23:00
sess_464	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user165@prod-corp.example","ip":"10.0.214.7"}	2026-10-28 05:04:00	2026-11-11 05:04:00
sess_465	AppAuthFrameworkSessionContextCache	STORE	{"user":"user166@prod-corp.example","ip":"10.0.215.7"}	2026-10-28 05:45:00	2026-11-11 05:45:00
sess_466	AppAuthFrameworkSessionContextCache	STORE	{"user":"user167@prod-corp.example","ip":"10.0.216.7"}	2026-10-28 06:26:00	2026-11-11 06:26:00
sess_467	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user168@prod-corp.example","ip":"10.0.217.7"}	2026-10-28 07:07:00	2026-11-11 07:07:00
sess_468	AppAuthFrameworkSessionContextCache	STORE	{"user":"user169@prod-corp.example","ip":"10.0.218.7"}	2026-10-28 07:48:00	2026-11-11 07:48:00
sess_469	AppAuthFrameworkSessionContextCache	STORE	{"user":"user170@prod-corp.example","ip":"10.0.219.7"}	2026-10-28 08:29:00	2026-11-11 08:29:00
sess_470	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user171@prod-corp.example","ip":"10.0.220.7"}	2026-10-28 09:10:00	2026-11-11 09:10:00
sess_471	AppAuthFrameworkSessionContextCache	STORE	{"user":"user172@prod-corp.example","ip":"10.0.221.7"}	2026-10-28 09:51:00	2026-11-11 09:51:00
sess_472	AppAuthFrameworkSessionContextCache	STORE	{"user":"user173@prod-corp.example","ip":"10.0.222.7"}	2026-10-28 10:32:00	2026-11-11 10:32:00
sess_473	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user174@prod-corp.example","ip":"10.0.223.7"}	2026-10-28 11:13:00	2026-11-11 11:13:00
sess_474	AppAuthFrameworkSessionContextCache	STORE	{"user":"user175@prod-corp.example","ip":"10.0.224.7"}	2026-10-28 11:54:00	2026-11-11 11:54:00
sess_475	AppAuthFrameworkSessionContextCache	STORE	{"user":"user176@prod-corp.example","ip":"10.0.225.7"}	2026-10-28 12:35:00	2026-11-11 12:35:00
sess_476	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user177@prod-corp.example","ip":"10.0.226.7"}	2026-10-28 13:16:00	2026-11-11 13:16:00
sess_477	AppAuthFrameworkSessionContextCache	STORE	{"user":"user178@prod-corp.example","ip":"10.0.227.7"}	2026-10-28 13:57:00	2026-11-11 13:57:00
sess_478	AppAuthFrameworkSessionContextCache	STORE	{"user":"user179@prod-corp.example","ip":"10.0.228.7"}	2026-10-28 14:38:00	2026-11-11 14:38:00
sess_479	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user180@prod-corp.example","ip":"10.0.229.7"}	2026-10-28 15:19:00	2026-11-11 15:19:00
sess_480	AppAuthFrameworkSessionContextCache	STORE	{"user":"user181@prod-corp.example","ip":"10.0.230.7"}	2026-10-28 16:00:00	2026-11-11 16:00:00
sess_481	AppAuthFrameworkSessionContextCache	STORE	{"user":"user182@prod-corp.example","ip":"10.0.231.7"}	2026-10-28 16:41:00	2026-11-11 16:41:00
sess_482	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user183@prod-corp.example","ip":"10.0.232.7"}	2026-10-28 17:22:00	2026-11-11 17:22:00
sess_483	AppAuthFrameworkSessionContextCache	STORE	{"user":"user184@prod-corp.example","ip":"10.0.233.7"}	2026-10-28 18:03:00	2026-11-11 18:03:00
sess_484	AppAuthFrameworkSessionContextCache	STORE	{"user":"user185@prod-corp.example","ip":"10.0.234.7"}	2026-10-28 18:44:00	2026-11-11 18:44:00
sess_485	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user186@prod-corp.example","ip":"10.0.235.7"}	2026-10-28 19:25:00	2026-11-11 19:25:00
sess_486	AppAuthFrameworkSessionContextCache	STORE	{"user":"user187@prod-corp.example","ip":"10.0.236.7"}	2026-10-28 20:06:00	2026-11-11 20:06:00
sess_487	AppAuthFrameworkSessionContextCache	STORE	{"user":"user188@prod-corp.example","ip":"10.0.237.7"}	2026-10-28 20:47:00	2026-11-11 20:47:00
sess_488	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user189@prod-corp.example","ip":"10.0.238.7"}	2026-10-28 21:28:00	2026-11-11 21:28:00
sess_489	AppAuthFrameworkSessionContextCache	STORE	{"user":"user190@prod-corp.example","ip":"10.0.239.7"}	2026-10-28 22:09:00	2026-11-11 22:09:00
sess_490	AppAuthFrameworkSessionContextCache	STORE	{"user":"user191@prod-corp.example","ip":"10.0.240.7"}	2026-10-28 22:50:00	2026-11-11 22:50:00
sess_491	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user192@prod-corp.example","ip":"10.0.241.7"}	2026-10-28 23:31:00	2026-11-11 23:31:00
sess_492	AppAuthFrameworkSessionContextCache	STORE	{"user":"user193@prod-corp.example","ip":"10.0.242.7"}	2026-10-29 00:12:00	2026-11-12 00:12:00
sess_493	AppAuthFrameworkSessionContextCache	STORE	{"user":"user194@prod-corp.example","ip":"10.0.243.7"}	2026-10-29 00:53:00	2026-11-12 00:53:00
sess_494	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user195@prod-corp.example","ip":"10.0.244.7"}	2026-10-29 01:34:00	2026-11-12 01:34:00
sess_495	AppAuthFrameworkSessionContextCache	STORE	{"user":"user196@prod-corp.example","ip":"10.0.245.7"}	2026-10-29 02:15:00	2026-11-12 02:15:00
sess_496	AppAuthFrameworkSessionContextCache	STORE	{"user":"user197@prod-corp.example","ip":"10.0.246.7"}	2026-10-29 02:56:00	2026-11-12 02:56:00
sess_497	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user198@prod-corp.example","ip":"10.0.247.7"}	2026-10-29 03:37:00	2026-11-12 03:37:00
sess_498	AppAuthFrameworkSessionContextCache	STORE	{"user":"user199@prod-corp.example","ip":"10.0.248.7"}	2026-10-29 04:18:00	2026-11-12 04:18:00
sess_499	AppAuthFrameworkSessionContextCache	STORE	{"user":"user200@prod-corp.example","ip":"10.0.249.7"}	2026-10-29 04:59:00	2026-11-12 04:59:00
sess_500	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user201@prod-corp.example","ip":"10.0.0.7"}	2026-10-29 05:40:00	2026-11-12 05:40:00
sess_501	AppAuthFrameworkSessionContextCache	STORE	{"user":"user202@prod-corp.example","ip":"10.0.1.7"}	2026-10-29 06:21:00	2026-11-12 06:21:00
sess_502	AppAuthFrameworkSessionContextCache	STORE	{"user":"user203@prod-corp.example","ip":"10.0.2.7"}	2026-10-29 07:02:00	2026-11-12 07:02:00
sess_503	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user204@prod-corp.example","ip":"10.0.3.7"}	2026-10-29 07:43:00	2026-11-12 07:43:00
sess_504	AppAuthFrameworkSessionContextCache	STORE	{"user":"user205@prod-corp.example","ip":"10.0.4.7"}	2026-10-29 08:24:00	2026-11-12 08:24:00
sess_505	AppAuthFrameworkSessionContextCache	STORE	{"user":"user206@prod-corp.example","ip":"10.0.5.7"}	2026-10-29 09:05:00	2026-11-12 09:05:00
sess_506	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user207@prod-corp.example","ip":"10.0.6.7"}	2026-10-29 09:46:00	2026-11-12 09:46:00
sess_507	AppAuthFrameworkSessionContextCache	STORE	{"user":"user208@prod-corp.example","ip":"10.0.7.7"}	2026-10-29 10:27:00	2026-11-12 10:27:00
sess_508	AppAuthFrameworkSessionContextCache	STORE	{"user":"user209@prod-corp.example","ip":"10.0.8.7"}	2026-10-29 11:08:00	2026-11-12 11:08:00
sess_509	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user210@prod-corp.example","ip":"10.0.9.7"}	2026-10-29 11:49:00	2026-11-12 11:49:00
sess_510	AppAuthFrameworkSessionContextCache	STORE	{"user":"user211@prod-corp.example","ip":"10.0.10.7"}	2026-10-29 12:30:00	2026-11-12 12:30:00
sess_511	AppAuthFrameworkSessionContextCache	STORE	{"user":"user212@prod-corp.example","ip":"10.0.11.7"}	2026-10-29 13:11:00	2026-11-12 13:11:00
sess_512	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user213@prod-corp.example","ip":"10.0.12.7"}	2026-10-29 13:52:00	2026-11-12 13:52:00
sess_513	AppAuthFrameworkSessionContextCache	STORE	{"user":"user214@prod-corp.example","ip":"10.0.13.7"}	2026-10-29 14:33:00	2026-11-12 14:33:00
sess_514	AppAuthFrameworkSessionContextCache	STORE	{"user":"user215@prod-corp.example","ip":"10.0.14.7"}	2026-10-29 15:14:00	2026-11-12 15:14:00
sess_515	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user216@prod-corp.example","ip":"10.0.15.7"}	2026-10-29 15:55:00	2026-11-12 15:55:00
sess_516	AppAuthFrameworkSessionContextCache	STORE	{"user":"user217@prod-corp.example","ip":"10.0.16.7"}	2026-10-29 16:36:00	2026-11-12 16:36:00
sess_517	AppAuthFrameworkSessionContextCache	STORE	{"user":"user218@prod-corp.example","ip":"10.0.17.7"}	2026-10-29 17:17:00	2026-11-12 17:17:00
sess_518	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user219@prod-corp.example","ip":"10.0.18.7"}	2026-10-29 17:58:00	2026-11-12 17:58:00
sess_519	AppAuthFrameworkSessionContextCache	STORE	{"user":"user220@prod-corp.example","ip":"10.0.19.7"}	2026-10-29 18:39:00	2026-11-12 18:39:00
sess_520	AppAuthFrameworkSessionContextCache	STORE	{"user":"user221@prod-corp.example","ip":"10.0.20.7"}	2026-10-29 19:20:00	2026-11-12 19:20:00
sess_521	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user222@prod-corp.example","ip":"10.0.21.7"}	2026-10-29 20:01:00	2026-11-12 20:01:00
sess_522	AppAuthFrameworkSessionContextCache	STORE	{"user":"user223@prod-corp.example","ip":"10.0.22.7"}	2026-10-29 20:42:00	2026-11-12 20:42:00
sess_523	AppAuthFrameworkSessionContextCache	STORE	{"user":"user224@prod-corp.example","ip":"10.0.23.7"}	2026-10-29 21:23:00	2026-11-12 21:23:00
sess_524	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user225@prod-corp.example","ip":"10.0.24.7"}	2026-10-29 22:04:00	2026-11-12 22:04:00
sess_525	AppAuthFrameworkSessionContextCache	STORE	{"user":"user226@prod-corp.example","ip":"10.0.25.7"}	2026-10-29 22:45:00	2026-11-12 22:45:00
sess_526	AppAuthFrameworkSessionContextCache	STORE	{"user":"user227@prod-corp.example","ip":"10.0.26.7"}	2026-10-29 23:26:00	2026-11-12 23:26:00
sess_527	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user228@prod-corp.example","ip":"10.0.27.7"}	2026-10-30 00:07:00	2026-11-13 00:07:00
sess_528	AppAuthFrameworkSessionContextCache	STORE	{"user":"user229@prod-corp.example","ip":"10.0.28.7"}	2026-10-30 00:48:00	2026-11-13 00:48:00
sess_529	AppAuthFrameworkSessionContextCache	STORE	{"user":"user230@prod-corp.example","ip":"10.0.29.7"}	2026-10-30 01:29:00	2026-11-13 01:29:00
sess_530	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user231@prod-corp.example","ip":"10.0.30.7"}	2026-10-30 02:10:00	2026-11-13 02:10:00
sess_531	AppAuthFrameworkSessionContextCache	STORE	{"user":"user232@prod-corp.example","ip":"10.0.31.7"}	2026-10-30 02:51:00	2026-11-13 02:51:00
sess_532	AppAuthFrameworkSessionContextCache	STORE	{"user":"user233@prod-corp.example","ip":"10.0.32.7"}	2026-10-30 03:32:00	2026-11-13 03:32:00
sess_533	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user234@prod-corp.example","ip":"10.0.33.7"}	2026-10-30 04:13:00	2026-11-13 04:13:00
sess_534	AppAuthFrameworkSessionContextCache	STORE	{"user":"user235@prod-corp.example","ip":"10.0.34.7"}	2026-10-30 04:54:00	2026-11-13 04:54:00
sess_535	AppAuthFrameworkSessionContextCache	STORE	{"user":"user236@prod-corp.example","ip":"10.0.35.7"}	2026-10-30 05:35:00	2026-11-13 05:35:00
sess_536	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user237@prod-corp.example","ip":"10.0.36.7"}	2026-10-30 06:16:00	2026-11-13 06:16:00
sess_537	AppAuthFrameworkSessionContextCache	STORE	{"user":"user238@prod-corp.example","ip":"10.0.37.7"}	2026-10-30 06:57:00	2026-11-13 06:57:00
sess_538	AppAuthFrameworkSessionContextCache	STORE	{"user":"user239@prod-corp.example","ip":"10.0.38.7"}	2026-10-30 07:38:00	2026-11-13 07:38:00
sess_539	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user240@prod-corp.example","ip":"10.0.39.7"}	2026-10-30 08:19:00	2026-11-13 08:19:00
sess_540	AppAuthFrameworkSessionContextCache	STORE	{"user":"user241@prod-corp.example","ip":"10.0.40.7"}	2026-10-30 09:00:00	2026-11-13 09:00:00
sess_541	AppAuthFrameworkSessionContextCache	STORE	{"user":"user242@prod-corp.example","ip":"10.0.41.7"}	2026-10-30 09:41:00	2026-11-13 09:41:00
sess_542	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user243@prod-corp.example","ip":"10.0.42.7"}	2026-10-30 10:22:00	2026-11-13 10:22:00
sess_543	AppAuthFrameworkSessionContextCache	STORE	{"user":"user244@prod-corp.example","ip":"10.0.43.7"}	2026-10-30 11:03:00	2026-11-13 11:03:00
sess_544	AppAuthFrameworkSessionContextCache	STORE	{"user":"user245@prod-corp.example","ip":"10.0.44.7"}	2026-10-30 11:44:00	2026-11-13 11:44:00
sess_545	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user246@prod-corp.example","ip":"10.0.45.7"}	2026-10-30 12:25:00	2026-11-13 12:25:00
sess_546	AppAuthFrameworkSessionContextCache	STORE	{"user":"user247@prod-corp.example","ip":"10.0.46.7"}	2026-10-30 13:06:00	2026-11-13 13:06:00
sess_547	AppAuthFrameworkSessionContextCache	STORE	{"user":"user248@prod-corp.example","ip":"10.0.47.7"}	2026-10-30 13:47:00	2026-11-13 13:47:00
sess_548	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user249@prod-corp.example","ip":"10.0.48.7"}	2026-10-30 14:28:00	2026-11-13 14:28:00
sess_549	AppAuthFrameworkSessionContextCache	STORE	{"user":"user250@prod-corp.example","ip":"10.0.49.7"}	2026-10-30 15:09:00	2026-11-13 15:09:00
sess_550	AppAuthFrameworkSessionContextCache	STORE	{"user":"user251@prod-corp.example","ip":"10.0.50.7"}	2026-10-30 15:50:00	2026-11-13 15:50:00
sess_551	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user252@prod-corp.example","ip":"10.0.51.7"}	2026-10-30 16:31:00	2026-11-13 16:31:00
sess_552	AppAuthFrameworkSessionContextCache	STORE	{"user":"user253@prod-corp.example","ip":"10.0.52.7"}	2026-10-30 17:12:00	2026-11-13 17:12:00
sess_553	AppAuthFrameworkSessionContextCache	STORE	{"user":"user254@prod-corp.example","ip":"10.0.53.7"}	2026-10-30 17:53:00	2026-11-13 17:53:00
sess_554	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user255@prod-corp.example","ip":"10.0.54.7"}	2026-10-30 18:34:00	2026-11-13 18:34:00
sess_555	AppAuthFrameworkSessionContextCache	STORE	{"user":"user256@prod-corp.example","ip":"10.0.55.7"}	2026-10-30 19:15:00	2026-11-13 19:15:00
sess_556	AppAuthFrameworkSessionContextCache	STORE	{"user":"user257@prod-corp.example","ip":"10.0.56.7"}	2026-10-30 19:56:00	2026-11-13 19:56:00
sess_557	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user258@prod-corp.example","ip":"10.0.57.7"}	2026-10-30 20:37:00	2026-11-13 20:37:00
sess_558	AppAuthFrameworkSessionContextCache	STORE	{"user":"user259@prod-corp.example","ip":"10.0.58.7"}	2026-10-30 21:18:00	2026-11-13 21:18:00
sess_559	AppAuthFrameworkSessionContextCache	STORE	{"user":"user260@prod-corp.example","ip":"10.0.59.7"}	2026-10-30 21:59:00	2026-11-13 21:59:00
sess_560	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user261@prod-corp.example","ip":"10.0.60.7"}	2026-10-30 22:40:00	2026-11-13 22:40:00
sess_561	AppAuthFrameworkSessionContextCache	STORE	{"user":"user262@prod-corp.example","ip":"10.0.61.7"}	2026-10-30 23:21:00	2026-11-13 23:21:00
sess_562	AppAuthFrameworkSessionContextCache	STORE	{"user":"user263@prod-corp.example","ip":"10.0.62.7"}	2026-10-31 00:02:00	2026-11-14 00:02:00
sess_563	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user264@prod-corp.example","ip":"10.0.63.7"}	2026-10-31 00:43:00	2026-11-14 00:43:00
sess_564	AppAuthFrameworkSessionContextCache	STORE	{"user":"user265@prod-corp.example","ip":"10.0.64.7"}	2026-10-31 01:24:00	2026-11-14 01:24:00
sess_565	AppAuthFrameworkSessionContextCache	STORE	{"user":"user266@prod-corp.example","ip":"10.0.65.7"}	2026-10-31 02:05:00	2026-11-14 02:05:00
sess_566	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user267@prod-corp.example","ip":"10.0.66.7"}	2026-10-31 02:46:00	2026-11-14 02:46:00
sess_567	AppAuthFrameworkSessionContextCache	STORE	{"user":"user268@prod-corp.example","ip":"10.0.67.7"}	2026-10-31 03:27:00	2026-11-14 03:27:00
sess_568	AppAuthFrameworkSessionContextCache	STORE	{"user":"user269@prod-corp.example","ip":"10.0.68.7"}	2026-10-31 04:08:00	2026-11-14 04:08:00
sess_569	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user270@prod-corp.example","ip":"10.0.69.7"}	2026-10-31 04:49:00	2026-11-14 04:49:00
sess_570	AppAuthFrameworkSessionContextCache	STORE	{"user":"user271@prod-corp.example","ip":"10.0.70.7"}	2026-10-31 05:30:00	2026-11-14 05:30:00
sess_571	AppAuthFrameworkSessionContextCache	STORE	{"user":"user272@prod-corp.example","ip":"10.0.71.7"}	2026-10-31 06:11:00	2026-11-14 06:11:00
sess_572	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user273@prod-corp.example","ip":"10.0.72.7"}	2026-10-31 06:52:00	2026-11-14 06:52:00
sess_573	AppAuthFrameworkSessionContextCache	STORE	{"user":"user274@prod-corp.example","ip":"10.0.73.7"}	2026-10-31 07:33:00	2026-11-14 07:33:00
sess_574	AppAuthFrameworkSessionContextCache	STORE	{"user":"user275@prod-corp.example","ip":"10.0.74.7"}	2026-10-31 08:14:00	2026-11-14 08:14:00
sess_575	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user276@prod-corp.example","ip":"10.0.75.7"}	2026-10-31 08:55:00	2026-11-14 08:55:00
sess_576	AppAuthFrameworkSessionContextCache	STORE	{"user":"user277@prod-corp.example","ip":"10.0.76.7"}	2026-10-31 09:36:00	2026-11-14 09:36:00
sess_577	AppAuthFrameworkSessionContextCache	STORE	{"user":"user278@prod-corp.example","ip":"10.0.77.7"}	2026-10-31 10:17:00	2026-11-14 10:17:00
sess_578	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user279@prod-corp.example","ip":"10.0.78.7"}	2026-10-31 10:58:00	2026-11-14 10:58:00
sess_579	AppAuthFrameworkSessionContextCache	STORE	{"user":"user280@prod-corp.example","ip":"10.0.79.7"}	2026-10-31 11:39:00	2026-11-14 11:39:00
sess_580	AppAuthFrameworkSessionContextCache	STORE	{"user":"user281@prod-corp.example","ip":"10.0.80.7"}	2026-10-31 12:20:00	2026-11-14 12:20:00
sess_581	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user282@prod-corp.example","ip":"10.0.81.7"}	2026-10-31 13:01:00	2026-11-14 13:01:00
sess_582	AppAuthFrameworkSessionContextCache	STORE	{"user":"user283@prod-corp.example","ip":"10.0.82.7"}	2026-10-31 13:42:00	2026-11-14 13:42:00
sess_583	AppAuthFrameworkSessionContextCache	STORE	{"user":"user284@prod-corp.example","ip":"10.0.83.7"}	2026-10-31 14:23:00	2026-11-14 14:23:00
sess_584	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user285@prod-corp.example","ip":"10.0.84.7"}	2026-10-31 15:04:00	2026-11-14 15:04:00
sess_585	AppAuthFrameworkSessionContextCache	STORE	{"user":"user286@prod-corp.example","ip":"10.0.85.7"}	2026-10-31 15:45:00	2026-11-14 15:45:00
sess_586	AppAuthFrameworkSessionContextCache	STORE	{"user":"user287@prod-corp.example","ip":"10.0.86.7"}	2026-10-31 16:26:00	2026-11-14 16:26:00
sess_587	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user288@prod-corp.example","ip":"10.0.87.7"}	2026-10-31 17:07:00	2026-11-14 17:07:00
sess_588	AppAuthFrameworkSessionContextCache	STORE	{"user":"user289@prod-corp.example","ip":"10.0.88.7"}	2026-10-31 17:48:00	2026-11-14 17:48:00
sess_589	AppAuthFrameworkSessionContextCache	STORE	{"user":"user290@prod-corp.example","ip":"10.0.89.7"}	2026-10-31 18:29:00	2026-11-14 18:29:00
sess_590	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user291@prod-corp.example","ip":"10.0.90.7"}	2026-10-31 19:10:00	2026-11-14 19:10:00
sess_591	AppAuthFrameworkSessionContextCache	STORE	{"user":"user292@prod-corp.example","ip":"10.0.91.7"}	2026-10-31 19:51:00	2026-11-14 19:51:00
sess_592	AppAuthFrameworkSessionContextCache	STORE	{"user":"user293@prod-corp.example","ip":"10.0.92.7"}	2026-10-31 20:32:00	2026-11-14 20:32:00
sess_593	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user294@prod-corp.example","ip":"10.0.93.7"}	2026-10-31 21:13:00	2026-11-14 21:13:00
sess_594	AppAuthFrameworkSessionContextCache	STORE	{"user":"user295@prod-corp.example","ip":"10.0.94.7"}	2026-10-31 21:54:00	2026-11-14 21:54:00
sess_595	AppAuthFrameworkSessionContextCache	STORE	{"user":"user296@prod-corp.example","ip":"10.0.95.7"}	2026-10-31 22:35:00	2026-11-14 22:35:00
sess_596	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user297@prod-corp.example","ip":"10.0.96.7"}	2026-10-31 23:16:00	2026-11-14 23:16:00
sess_597	AppAuthFrameworkSessionContextCache	STORE	{"user":"user298@prod-corp.example","ip":"10.0.97.7"}	2026-10-31 23:57:00	2026-11-14 23:57:00
sess_598	AppAuthFrameworkSessionContextCache	STORE	{"user":"user299@prod-corp.example","ip":"10.0.98.7"}	2026-11-01 00:38:00	2026-11-15 00:38:00
sess_599	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user300@prod-corp.example","ip":"10.0.99.7"}	2026-11-01 01:19:00	2026-11-15 01:19:00
sess_600	AppAuthFrameworkSessionContextCache	STORE	{"user":"user1@prod-corp.example","ip":"10.0.100.7"}	2026-11-01 02:00:00	2026-11-15 02:00:00
sess_601	AppAuthFrameworkSessionContextCache	STORE	{"user":"user2@prod-corp.example","ip":"10.0.101.7"}	2026-11-01 02:41:00	2026-11-15 02:41:00
sess_602	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user3@prod-corp.example","ip":"10.0.102.7"}	2026-11-01 03:22:00	2026-11-15 03:22:00
sess_603	AppAuthFrameworkSessionContextCache	STORE	{"user":"user4@prod-corp.example","ip":"10.0.103.7"}	2026-11-01 04:03:00	2026-11-15 04:03:00
sess_604	AppAuthFrameworkSessionContextCache	STORE	{"user":"user5@prod-corp.example","ip":"10.0.104.7"}	2026-11-01 04:44:00	2026-11-15 04:44:00
sess_605	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user6@prod-corp.example","ip":"10.0.105.7"}	2026-11-01 05:25:00	2026-11-15 05:25:00
sess_606	AppAuthFrameworkSessionContextCache	STORE	{"user":"user7@prod-corp.example","ip":"10.0.106.7"}	2026-11-01 06:06:00	2026-11-15 06:06:00
sess_607	AppAuthFrameworkSessionContextCache	STORE	{"user":"user8@prod-corp.example","ip":"10.0.107.7"}	2026-11-01 06:47:00	2026-11-15 06:47:00
sess_608	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user9@prod-corp.example","ip":"10.0.108.7"}	2026-11-01 07:28:00	2026-11-15 07:28:00
sess_609	AppAuthFrameworkSessionContextCache	STORE	{"user":"user10@prod-corp.example","ip":"10.0.109.7"}	2026-11-01 08:09:00	2026-11-15 08:09:00
sess_610	AppAuthFrameworkSessionContextCache	STORE	{"user":"user11@prod-corp.example","ip":"10.0.110.7"}	2026-11-01 08:50:00	2026-11-15 08:50:00
sess_611	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user12@prod-corp.example","ip":"10.0.111.7"}	2026-11-01 09:31:00	2026-11-15 09:31:00
sess_612	AppAuthFrameworkSessionContextCache	STORE	{"user":"user13@prod-corp.example","ip":"10.0.112.7"}	2026-11-01 10:12:00	2026-11-15 10:12:00
sess_613	AppAuthFrameworkSessionContextCache	STORE	{"user":"user14@prod-corp.example","ip":"10.0.113.7"}	2026-11-01 10:53:00	2026-11-15 10:53:00
sess_614	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user15@prod-corp.example","ip":"10.0.114.7"}	2026-11-01 11:34:00	2026-11-15 11:34:00
sess_615	AppAuthFrameworkSessionContextCache	STORE	{"user":"user16@prod-corp.example","ip":"10.0.115.7"}	2026-11-01 12:15:00	2026-11-15 12:15:00
sess_616	AppAuthFrameworkSessionContextCache	STORE	{"user":"user17@prod-corp.example","ip":"10.0.116.7"}	2026-11-01 12:56:00	2026-11-15 12:56:00
sess_617	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user18@prod-corp.example","ip":"10.0.117.7"}	2026-11-01 13:37:00	2026-11-15 13:37:00
sess_618	AppAuthFrameworkSessionContextCache	STORE	{"user":"user19@prod-corp.example","ip":"10.0.118.7"}	2026-11-01 14:18:00	2026-11-15 14:18:00
sess_619	AppAuthFrameworkSessionContextCache	STORE	{"user":"user20@prod-corp.example","ip":"10.0.119.7"}	2026-11-01 14:59:00	2026-11-15 14:59:00
sess_620	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user21@prod-corp.example","ip":"10.0.120.7"}	2026-11-01 15:40:00	2026-11-15 15:40:00
sess_621	AppAuthFrameworkSessionContextCache	STORE	{"user":"user22@prod-corp.example","ip":"10.0.121.7"}	2026-11-01 16:21:00	2026-11-15 16:21:00
sess_622	AppAuthFrameworkSessionContextCache	STORE	{"user":"user23@prod-corp.example","ip":"10.0.122.7"}	2026-11-01 17:02:00	2026-11-15 17:02:00
sess_623	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user24@prod-corp.example","ip":"10.0.123.7"}	2026-11-01 17:43:00	2026-11-15 17:43:00
sess_624	AppAuthFrameworkSessionContextCache	STORE	{"user":"user25@prod-corp.example","ip":"10.0.124.7"}	2026-11-01 18:24:00	2026-11-15 18:24:00
sess_625	AppAuthFrameworkSessionContextCache	STORE	{"user":"user26@prod-corp.example","ip":"10.0.125.7"}	2026-11-01 19:05:00	2026-11-15 19:05:00
sess_626	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user27@prod-corp.example","ip":"10.0.126.7"}	2026-11-01 19:46:00	2026-11-15 19:46:00
sess_627	AppAuthFrameworkSessionContextCache	STORE	{"user":"user28@prod-corp.example","ip":"10.0.127.7"}	2026-11-01 20:27:00	2026-11-15 20:27:00
sess_628	AppAuthFrameworkSessionContextCache	STORE	{"user":"user29@prod-corp.example","ip":"10.0.128.7"}	2026-11-01 21:08:00	2026-11-15 21:08:00
sess_629	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user30@prod-corp.example","ip":"10.0.129.7"}	2026-11-01 21:49:00	2026-11-15 21:49:00
sess_630	AppAuthFrameworkSessionContextCache	STORE	{"user":"user31@prod-corp.example","ip":"10.0.130.7"}	2026-11-01 22:30:00	2026-11-15 22:30:00
sess_631	AppAuthFrameworkSessionContextCache	STORE	{"user":"user32@prod-corp.example","ip":"10.0.131.7"}	2026-11-01 23:11:00	2026-11-15 23:11:00
sess_632	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user33@prod-corp.example","ip":"10.0.132.7"}	2026-11-01 23:52:00	2026-11-15 23:52:00
sess_633	AppAuthFrameworkSessionContextCache	STORE	{"user":"user34@prod-corp.example","ip":"10.0.133.7"}	2026-11-02 00:33:00	2026-11-16 00:33:00
sess_634	AppAuthFrameworkSessionContextCache	STORE	{"user":"user35@prod-corp.example","ip":"10.0.134.7"}	2026-11-02 01:14:00	2026-11-16 01:14:00
sess_635	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user36@prod-corp.example","ip":"10.0.135.7"}	2026-11-02 01:55:00	2026-11-16 01:55:00
sess_636	AppAuthFrameworkSessionContextCache	STORE	{"user":"user37@prod-corp.example","ip":"10.0.136.7"}	2026-11-02 02:36:00	2026-11-16 02:36:00
sess_637	AppAuthFrameworkSessionContextCache	STORE	{"user":"user38@prod-corp.example","ip":"10.0.137.7"}	2026-11-02 03:17:00	2026-11-16 03:17:00
sess_638	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user39@prod-corp.example","ip":"10.0.138.7"}	2026-11-02 03:58:00	2026-11-16 03:58:00
sess_639	AppAuthFrameworkSessionContextCache	STORE	{"user":"user40@prod-corp.example","ip":"10.0.139.7"}	2026-11-02 04:39:00	2026-11-16 04:39:00
sess_640	AppAuthFrameworkSessionContextCache	STORE	{"user":"user41@prod-corp.example","ip":"10.0.140.7"}	2026-11-02 05:20:00	2026-11-16 05:20:00
sess_641	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user42@prod-corp.example","ip":"10.0.141.7"}	2026-11-02 06:01:00	2026-11-16 06:01:00
sess_642	AppAuthFrameworkSessionContextCache	STORE	{"user":"user43@prod-corp.example","ip":"10.0.142.7"}	2026-11-02 06:42:00	2026-11-16 06:42:00
sess_643	AppAuthFrameworkSessionContextCache	STORE	{"user":"user44@prod-corp.example","ip":"10.0.143.7"}	2026-11-02 07:23:00	2026-11-16 07:23:00
sess_644	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user45@prod-corp.example","ip":"10.0.144.7"}	2026-11-02 08:04:00	2026-11-16 08:04:00
sess_645	AppAuthFrameworkSessionContextCache	STORE	{"user":"user46@prod-corp.example","ip":"10.0.145.7"}	2026-11-02 08:45:00	2026-11-16 08:45:00
sess_646	AppAuthFrameworkSessionContextCache	STORE	{"user":"user47@prod-corp.example","ip":"10.0.146.7"}	2026-11-02 09:26:00	2026-11-16 09:26:00
sess_647	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user48@prod-corp.example","ip":"10.0.147.7"}	2026-11-02 10:07:00	2026-11-16 10:07:00
sess_648	AppAuthFrameworkSessionContextCache	STORE	{"user":"user49@prod-corp.example","ip":"10.0.148.7"}	2026-11-02 10:48:00	2026-11-16 10:48:00
sess_649	AppAuthFrameworkSessionContextCache	STORE	{"user":"user50@prod-corp.example","ip":"10.0.149.7"}	2026-11-02 11:29:00	2026-11-16 11:29:00
sess_650	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user51@prod-corp.example","ip":"10.0.150.7"}	2026-11-02 12:10:00	2026-11-16 12:10:00
sess_651	AppAuthFrameworkSessionContextCache	STORE	{"user":"user52@prod-corp.example","ip":"10.0.151.7"}	2026-11-02 12:51:00	2026-11-16 12:51:00
sess_652	AppAuthFrameworkSessionContextCache	STORE	{"user":"user53@prod-corp.example","ip":"10.0.152.7"}	2026-11-02 13:32:00	2026-11-16 13:32:00
sess_653	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user54@prod-corp.example","ip":"10.0.153.7"}	2026-11-02 14:13:00	2026-11-16 14:13:00
sess_654	AppAuthFrameworkSessionContextCache	STORE	{"user":"user55@prod-corp.example","ip":"10.0.154.7"}	2026-11-02 14:54:00	2026-11-16 14:54:00
sess_655	AppAuthFrameworkSessionContextCache	STORE	{"user":"user56@prod-corp.example","ip":"10.0.155.7"}	2026-11-02 15:35:00	2026-11-16 15:35:00
sess_656	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user57@prod-corp.example","ip":"10.0.156.7"}	2026-11-02 16:16:00	2026-11-16 16:16:00
sess_657	AppAuthFrameworkSessionContextCache	STORE	{"user":"user58@prod-corp.example","ip":"10.0.157.7"}	2026-11-02 16:57:00	2026-11-16 16:57:00
sess_658	AppAuthFrameworkSessionContextCache	STORE	{"user":"user59@prod-corp.example","ip":"10.0.158.7"}	2026-11-02 17:38:00	2026-11-16 17:38:00
sess_659	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user60@prod-corp.example","ip":"10.0.159.7"}	2026-11-02 18:19:00	2026-11-16 18:19:00
sess_660	AppAuthFrameworkSessionContextCache	STORE	{"user":"user61@prod-corp.example","ip":"10.0.160.7"}	2026-11-02 19:00:00	2026-11-16 19:00:00
sess_661	AppAuthFrameworkSessionContextCache	STORE	{"user":"user62@prod-corp.example","ip":"10.0.161.7"}	2026-11-02 19:41:00	2026-11-16 19:41:00
sess_662	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user63@prod-corp.example","ip":"10.0.162.7"}	2026-11-02 20:22:00	2026-11-16 20:22:00
sess_663	AppAuthFrameworkSessionContextCache	STORE	{"user":"user64@prod-corp.example","ip":"10.0.163.7"}	2026-11-02 21:03:00	2026-11-16 21:03:00
sess_664	AppAuthFrameworkSessionContextCache	STORE	{"user":"user65@prod-corp.example","ip":"10.0.164.7"}	2026-11-02 21:44:00	2026-11-16 21:44:00
sess_665	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user66@prod-corp.example","ip":"10.0.165.7"}	2026-11-02 22:25:00	2026-11-16 22:25:00
sess_666	AppAuthFrameworkSessionContextCache	STORE	{"user":"user67@prod-corp.example","ip":"10.0.166.7"}	2026-11-02 23:06:00	2026-11-16 23:06:00
sess_667	AppAuthFrameworkSessionContextCache	STORE	{"user":"user68@prod-corp.example","ip":"10.0.167.7"}	2026-11-02 23:47:00	2026-11-16 23:47:00
sess_668	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user69@prod-corp.example","ip":"10.0.168.7"}	2026-11-03 00:28:00	2026-11-17 00:28:00
sess_669	AppAuthFrameworkSessionContextCache	STORE	{"user":"user70@prod-corp.example","ip":"10.0.169.7"}	2026-11-03 01:09:00	2026-11-17 01:09:00
sess_670	AppAuthFrameworkSessionContextCache	STORE	{"user":"user71@prod-corp.example","ip":"10.0.170.7"}	2026-11-03 01:50:00	2026-11-17 01:50:00
sess_671	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user72@prod-corp.example","ip":"10.0.171.7"}	2026-11-03 02:31:00	2026-11-17 02:31:00
sess_672	AppAuthFrameworkSessionContextCache	STORE	{"user":"user73@prod-corp.example","ip":"10.0.172.7"}	2026-11-03 03:12:00	2026-11-17 03:12:00
sess_673	AppAuthFrameworkSessionContextCache	STORE	{"user":"user74@prod-corp.example","ip":"10.0.173.7"}	2026-11-03 03:53:00	2026-11-17 03:53:00
sess_674	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user75@prod-corp.example","ip":"10.0.174.7"}	2026-11-03 04:34:00	2026-11-17 04:34:00
sess_675	AppAuthFrameworkSessionContextCache	STORE	{"user":"user76@prod-corp.example","ip":"10.0.175.7"}	2026-11-03 05:15:00	2026-11-17 05:15:00
sess_676	AppAuthFrameworkSessionContextCache	STORE	{"user":"user77@prod-corp.example","ip":"10.0.176.7"}	2026-11-03 05:56:00	2026-11-17 05:56:00
sess_677	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user78@prod-corp.example","ip":"10.0.177.7"}	2026-11-03 06:37:00	2026-11-17 06:37:00
sess_678	AppAuthFrameworkSessionContextCache	STORE	{"user":"user79@prod-corp.example","ip":"10.0.178.7"}	2026-11-03 07:18:00	2026-11-17 07:18:00
sess_679	AppAuthFrameworkSessionContextCache	STORE	{"user":"user80@prod-corp.example","ip":"10.0.179.7"}	2026-11-03 07:59:00	2026-11-17 07:59:00
sess_680	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user81@prod-corp.example","ip":"10.0.180.7"}	2026-11-03 08:40:00	2026-11-17 08:40:00
sess_681	AppAuthFrameworkSessionContextCache	STORE	{"user":"user82@prod-corp.example","ip":"10.0.181.7"}	2026-11-03 09:21:00	2026-11-17 09:21:00
sess_682	AppAuthFrameworkSessionContextCache	STORE	{"user":"user83@prod-corp.example","ip":"10.0.182.7"}	2026-11-03 10:02:00	2026-11-17 10:02:00
sess_683	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user84@prod-corp.example","ip":"10.0.183.7"}	2026-11-03 10:43:00	2026-11-17 10:43:00
sess_684	AppAuthFrameworkSessionContextCache	STORE	{"user":"user85@prod-corp.example","ip":"10.0.184.7"}	2026-11-03 11:24:00	2026-11-17 11:24:00
sess_685	AppAuthFrameworkSessionContextCache	STORE	{"user":"user86@prod-corp.example","ip":"10.0.185.7"}	2026-11-03 12:05:00	2026-11-17 12:05:00
sess_686	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user87@prod-corp.example","ip":"10.0.186.7"}	2026-11-03 12:46:00	2026-11-17 12:46:00
sess_687	AppAuthFrameworkSessionContextCache	STORE	{"user":"user88@prod-corp.example","ip":"10.0.187.7"}	2026-11-03 13:27:00	2026-11-17 13:27:00
sess_688	AppAuthFrameworkSessionContextCache	STORE	{"user":"user89@prod-corp.example","ip":"10.0.188.7"}	2026-11-03 14:08:00	2026-11-17 14:08:00
sess_689	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user90@prod-corp.example","ip":"10.0.189.7"}	2026-11-03 14:49:00	2026-11-17 14:49:00
sess_690	AppAuthFrameworkSessionContextCache	STORE	{"user":"user91@prod-corp.example","ip":"10.0.190.7"}	2026-11-03 15:30:00	2026-11-17 15:30:00
sess_691	AppAuthFrameworkSessionContextCache	STORE	{"user":"user92@prod-corp.example","ip":"10.0.191.7"}	2026-11-03 16:11:00	2026-11-17 16:11:00
sess_692	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user93@prod-corp.example","ip":"10.0.192.7"}	2026-11-03 16:52:00	2026-11-17 16:52:00
sess_693	AppAuthFrameworkSessionContextCache	STORE	{"user":"user94@prod-corp.example","ip":"10.0.193.7"}	2026-11-03 17:33:00	2026-11-17 17:33:00
sess_694	AppAuthFrameworkSessionContextCache	STORE	{"user":"user95@prod-corp.example","ip":"10.0.194.7"}	2026-11-03 18:14:00	2026-11-17 18:14:00
sess_695	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user96@prod-corp.example","ip":"10.0.195.7"}	2026-11-03 18:55:00	2026-11-17 18:55:00
sess_696	AppAuthFrameworkSessionContextCache	STORE	{"user":"user97@prod-corp.example","ip":"10.0.196.7"}	2026-11-03 19:36:00	2026-11-17 19:36:00
sess_697	AppAuthFrameworkSessionContextCache	STORE	{"user":"user98@prod-corp.example","ip":"10.0.197.7"}	2026-11-03 20:17:00	2026-11-17 20:17:00
sess_698	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user99@prod-corp.example","ip":"10.0.198.7"}	2026-11-03 20:58:00	2026-11-17 20:58:00
sess_699	AppAuthFrameworkSessionContextCache	STORE	{"user":"user100@prod-corp.example","ip":"10.0.199.7"}	2026-11-03 21:39:00	2026-11-17 21:39:00
sess_700	AppAuthFrameworkSessionContextCache	STORE	{"user":"user101@prod-corp.example","ip":"10.0.200.7"}	2026-11-03 22:20:00	2026-11-17 22:20:00
sess_701	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user102@prod-corp.example","ip":"10.0.201.7"}	2026-11-03 23:01:00	2026-11-17 23:01:00
sess_702	AppAuthFrameworkSessionContextCache	STORE	{"user":"user103@prod-corp.example","ip":"10.0.202.7"}	2026-11-03 23:42:00	2026-11-17 23:42:00
sess_703	AppAuthFrameworkSessionContextCache	STORE	{"user":"user104@prod-corp.example","ip":"10.0.203.7"}	2026-11-04 00:23:00	2026-11-18 00:23:00
sess_704	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user105@prod-corp.example","ip":"10.0.204.7"}	2026-11-04 01:04:00	2026-11-18 01:04:00
sess_705	AppAuthFrameworkSessionContextCache	STORE	{"user":"user106@prod-corp.example","ip":"10.0.205.7"}	2026-11-04 01:45:00	2026-11-18 01:45:00
sess_706	AppAuthFrameworkSessionContextCache	STORE	{"user":"user107@prod-corp.example","ip":"10.0.206.7"}	2026-11-04 02:26:00	2026-11-18 02:26:00
sess_707	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user108@prod-corp.example","ip":"10.0.207.7"}	2026-11-04 03:07:00	2026-11-18 03:07:00
sess_708	AppAuthFrameworkSessionContextCache	STORE	{"user":"user109@prod-corp.example","ip":"10.0.208.7"}	2026-11-04 03:48:00	2026-11-18 03:48:00
sess_709	AppAuthFrameworkSessionContextCache	STORE	{"user":"user110@prod-corp.example","ip":"10.0.209.7"}	2026-11-04 04:29:00	2026-11-18 04:29:00
sess_710	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user111@prod-corp.example","ip":"10.0.210.7"}	2026-11-04 05:10:00	2026-11-18 05:10:00
sess_711	AppAuthFrameworkSessionContextCache	STORE	{"user":"user112@prod-corp.example","ip":"10.0.211.7"}	2026-11-04 05:51:00	2026-11-18 05:51:00
sess_712	AppAuthFrameworkSessionContextCache	STORE	{"user":"user113@prod-corp.example","ip":"10.0.212.7"}	2026-11-04 06:32:00	2026-11-18 06:32:00
sess_713	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user114@prod-corp.example","ip":"10.0.213.7"}	2026-11-04 07:13:00	2026-11-18 07:13:00
sess_714	AppAuthFrameworkSessionContextCache	STORE	{"user":"user115@prod-corp.example","ip":"10.0.214.7"}	2026-11-04 07:54:00	2026-11-18 07:54:00
sess_715	AppAuthFrameworkSessionContextCache	STORE	{"user":"user116@prod-corp.example","ip":"10.0.215.7"}	2026-11-04 08:35:00	2026-11-18 08:35:00
sess_716	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user117@prod-corp.example","ip":"10.0.216.7"}	2026-11-04 09:16:00	2026-11-18 09:16:00
sess_717	AppAuthFrameworkSessionContextCache	STORE	{"user":"user118@prod-corp.example","ip":"10.0.217.7"}	2026-11-04 09:57:00	2026-11-18 09:57:00
sess_718	AppAuthFrameworkSessionContextCache	STORE	{"user":"user119@prod-corp.example","ip":"10.0.218.7"}	2026-11-04 10:38:00	2026-11-18 10:38:00
sess_719	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user120@prod-corp.example","ip":"10.0.219.7"}	2026-11-04 11:19:00	2026-11-18 11:19:00
sess_720	AppAuthFrameworkSessionContextCache	STORE	{"user":"user121@prod-corp.example","ip":"10.0.220.7"}	2026-11-04 12:00:00	2026-11-18 12:00:00
sess_721	AppAuthFrameworkSessionContextCache	STORE	{"user":"user122@prod-corp.example","ip":"10.0.221.7"}	2026-11-04 12:41:00	2026-11-18 12:41:00
sess_722	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user123@prod-corp.example","ip":"10.0.222.7"}	2026-11-04 13:22:00	2026-11-18 13:22:00
sess_723	AppAuthFrameworkSessionContextCache	STORE	{"user":"user124@prod-corp.example","ip":"10.0.223.7"}	2026-11-04 14:03:00	2026-11-18 14:03:00
sess_724	AppAuthFrameworkSessionContextCache	STORE	{"user":"user125@prod-corp.example","ip":"10.0.224.7"}	2026-11-04 14:44:00	2026-11-18 14:44:00
sess_725	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user126@prod-corp.example","ip":"10.0.225.7"}	2026-11-04 15:25:00	2026-11-18 15:25:00
sess_726	AppAuthFrameworkSessionContextCache	STORE	{"user":"user127@prod-corp.example","ip":"10.0.226.7"}	2026-11-04 16:06:00	2026-11-18 16:06:00
sess_727	AppAuthFrameworkSessionContextCache	STORE	{"user":"user128@prod-corp.example","ip":"10.0.227.7"}	2026-11-04 16:47:00	2026-11-18 16:47:00
sess_728	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user129@prod-corp.example","ip":"10.0.228.7"}	2026-11-04 17:28:00	2026-11-18 17:28:00
sess_729	AppAuthFrameworkSessionContextCache	STORE	{"user":"user130@prod-corp.example","ip":"10.0.229.7"}	2026-11-04 18:09:00	2026-11-18 18:09:00
sess_730	AppAuthFrameworkSessionContextCache	STORE	{"user":"user131@prod-corp.example","ip":"10.0.230.7"}	2026-11-04 18:50:00	2026-11-18 18:50:00
sess_731	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user132@prod-corp.example","ip":"10.0.231.7"}	2026-11-04 19:31:00	2026-11-18 19:31:00
sess_732	AppAuthFrameworkSessionContextCache	STORE	{"user":"user133@prod-corp.example","ip":"10.0.232.7"}	2026-11-04 20:12:00	2026-11-18 20:12:00
sess_733	AppAuthFrameworkSessionContextCache	STORE	{"user":"user134@prod-corp.example","ip":"10.0.233.7"}	2026-11-04 20:53:00	2026-11-18 20:53:00
sess_734	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user135@prod-corp.example","ip":"10.0.234.7"}	2026-11-04 21:34:00	2026-11-18 21:34:00
sess_735	AppAuthFrameworkSessionContextCache	STORE	{"user":"user136@prod-corp.example","ip":"10.0.235.7"}	2026-11-04 22:15:00	2026-11-18 22:15:00
sess_736	AppAuthFrameworkSessionContextCache	STORE	{"user":"user137@prod-corp.example","ip":"10.0.236.7"}	2026-11-04 22:56:00	2026-11-18 22:56:00
sess_737	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user138@prod-corp.example","ip":"10.0.237.7"}	2026-11-04 23:37:00	2026-11-18 23:37:00
sess_738	AppAuthFrameworkSessionContextCache	STORE	{"user":"user139@prod-corp.example","ip":"10.0.238.7"}	2026-11-05 00:18:00	2026-11-19 00:18:00
sess_739	AppAuthFrameworkSessionContextCache	STORE	{"user":"user140@prod-corp.example","ip":"10.0.239.7"}	2026-11-05 00:59:00	2026-11-19 00:59:00
sess_740	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user141@prod-corp.example","ip":"10.0.240.7"}	2026-11-05 01:40:00	2026-11-19 01:40:00
sess_741	AppAuthFrameworkSessionContextCache	STORE	{"user":"user142@prod-corp.example","ip":"10.0.241.7"}	2026-11-05 02:21:00	2026-11-19 02:21:00
sess_742	AppAuthFrameworkSessionContextCache	STORE	{"user":"user143@prod-corp.example","ip":"10.0.242.7"}	2026-11-05 03:02:00	2026-11-19 03:02:00
sess_743	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user144@prod-corp.example","ip":"10.0.243.7"}	2026-11-05 03:43:00	2026-11-19 03:43:00
sess_744	AppAuthFrameworkSessionContextCache	STORE	{"user":"user145@prod-corp.example","ip":"10.0.244.7"}	2026-11-05 04:24:00	2026-11-19 04:24:00
sess_745	AppAuthFrameworkSessionContextCache	STORE	{"user":"user146@prod-corp.example","ip":"10.0.245.7"}	2026-11-05 05:05:00	2026-11-19 05:05:00
sess_746	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user147@prod-corp.example","ip":"10.0.246.7"}	2026-11-05 05:46:00	2026-11-19 05:46:00
sess_747	AppAuthFrameworkSessionContextCache	STORE	{"user":"user148@prod-corp.example","ip":"10.0.247.7"}	2026-11-05 06:27:00	2026-11-19 06:27:00
sess_748	AppAuthFrameworkSessionContextCache	STORE	{"user":"user149@prod-corp.example","ip":"10.0.248.7"}	2026-11-05 07:08:00	2026-11-19 07:08:00
sess_749	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user150@prod-corp.example","ip":"10.0.249.7"}	2026-11-05 07:49:00	2026-11-19 07:49:00
sess_750	AppAuthFrameworkSessionContextCache	STORE	{"user":"user151@prod-corp.example","ip":"10.0.0.7"}	2026-11-05 08:30:00	2026-11-19 08:30:00
sess_751	AppAuthFrameworkSessionContextCache	STORE	{"user":"user152@prod-corp.example","ip":"10.0.1.7"}	2026-11-05 09:11:00	2026-11-19 09:11:00
sess_752	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user153@prod-corp.example","ip":"10.0.2.7"}	2026-11-05 09:52:00	2026-11-19 09:52:00
sess_753	AppAuthFrameworkSessionContextCache	STORE	{"user":"user154@prod-corp.example","ip":"10.0.3.7"}	2026-11-05 10:33:00	2026-11-19 10:33:00
sess_754	AppAuthFrameworkSessionContextCache	STORE	{"user":"user155@prod-corp.example","ip":"10.0.4.7"}	2026-11-05 11:14:00	2026-11-19 11:14:00
sess_755	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user156@prod-corp.example","ip":"10.0.5.7"}	2026-11-05 11:55:00	2026-11-19 11:55:00
sess_756	AppAuthFrameworkSessionContextCache	STORE	{"user":"user157@prod-corp.example","ip":"10.0.6.7"}	2026-11-05 12:36:00	2026-11-19 12:36:00
sess_757	AppAuthFrameworkSessionContextCache	STORE	{"user":"user158@prod-corp.example","ip":"10.0.7.7"}	2026-11-05 13:17:00	2026-11-19 13:17:00
sess_758	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user159@prod-corp.example","ip":"10.0.8.7"}	2026-11-05 13:58:00	2026-11-19 13:58:00
sess_759	AppAuthFrameworkSessionContextCache	STORE	{"user":"user160@prod-corp.example","ip":"10.0.9.7"}	2026-11-05 14:39:00	2026-11-19 14:39:00
sess_760	AppAuthFrameworkSessionContextCache	STORE	{"user":"user161@prod-corp.example","ip":"10.0.10.7"}	2026-11-05 15:20:00	2026-11-19 15:20:00
sess_761	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user162@prod-corp.example","ip":"10.0.11.7"}	2026-11-05 16:01:00	2026-11-19 16:01:00
sess_762	AppAuthFrameworkSessionContextCache	STORE	{"user":"user163@prod-corp.example","ip":"10.0.12.7"}	2026-11-05 16:42:00	2026-11-19 16:42:00
sess_763	AppAuthFrameworkSessionContextCache	STORE	{"user":"user164@prod-corp.example","ip":"10.0.13.7"}	2026-11-05 17:23:00	2026-11-19 17:23:00
sess_764	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user165@prod-corp.example","ip":"10.0.14.7"}	2026-11-05 18:04:00	2026-11-19 18:04:00
sess_765	AppAuthFrameworkSessionContextCache	STORE	{"user":"user166@prod-corp.example","ip":"10.0.15.7"}	2026-11-05 18:45:00	2026-11-19 18:45:00
sess_766	AppAuthFrameworkSessionContextCache	STORE	{"user":"user167@prod-corp.example","ip":"10.0.16.7"}	2026-11-05 19:26:00	2026-11-19 19:26:00
sess_767	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user168@prod-corp.example","ip":"10.0.17.7"}	2026-11-05 20:07:00	2026-11-19 20:07:00
sess_768	AppAuthFrameworkSessionContextCache	STORE	{"user":"user169@prod-corp.example","ip":"10.0.18.7"}	2026-11-05 20:48:00	2026-11-19 20:48:00
sess_769	AppAuthFrameworkSessionContextCache	STORE	{"user":"user170@prod-corp.example","ip":"10.0.19.7"}	2026-11-05 21:29:00	2026-11-19 21:29:00
sess_770	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user171@prod-corp.example","ip":"10.0.20.7"}	2026-11-05 22:10:00	2026-11-19 22:10:00
sess_771	AppAuthFrameworkSessionContextCache	STORE	{"user":"user172@prod-corp.example","ip":"10.0.21.7"}	2026-11-05 22:51:00	2026-11-19 22:51:00
sess_772	AppAuthFrameworkSessionContextCache	STORE	{"user":"user173@prod-corp.example","ip":"10.0.22.7"}	2026-11-05 23:32:00	2026-11-19 23:32:00
sess_773	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user174@prod-corp.example","ip":"10.0.23.7"}	2026-11-06 00:13:00	2026-11-20 00:13:00
sess_774	AppAuthFrameworkSessionContextCache	STORE	{"user":"user175@prod-corp.example","ip":"10.0.24.7"}	2026-11-06 00:54:00	2026-11-20 00:54:00
sess_775	AppAuthFrameworkSessionContextCache	STORE	{"user":"user176@prod-corp.example","ip":"10.0.25.7"}	2026-11-06 01:35:00	2026-11-20 01:35:00
sess_776	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user177@prod-corp.example","ip":"10.0.26.7"}	2026-11-06 02:16:00	2026-11-20 02:16:00
sess_777	AppAuthFrameworkSessionContextCache	STORE	{"user":"user178@prod-corp.example","ip":"10.0.27.7"}	2026-11-06 02:57:00	2026-11-20 02:57:00
sess_778	AppAuthFrameworkSessionContextCache	STORE	{"user":"user179@prod-corp.example","ip":"10.0.28.7"}	2026-11-06 03:38:00	2026-11-20 03:38:00
sess_779	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user180@prod-corp.example","ip":"10.0.29.7"}	2026-11-06 04:19:00	2026-11-20 04:19:00
sess_780	AppAuthFrameworkSessionContextCache	STORE	{"user":"user181@prod-corp.example","ip":"10.0.30.7"}	2026-11-06 05:00:00	2026-11-20 05:00:00
sess_781	AppAuthFrameworkSessionContextCache	STORE	{"user":"user182@prod-corp.example","ip":"10.0.31.7"}	2026-11-06 05:41:00	2026-11-20 05:41:00
sess_782	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user183@prod-corp.example","ip":"10.0.32.7"}	2026-11-06 06:22:00	2026-11-20 06:22:00
sess_783	AppAuthFrameworkSessionContextCache	STORE	{"user":"user184@prod-corp.example","ip":"10.0.33.7"}	2026-11-06 07:03:00	2026-11-20 07:03:00
sess_784	AppAuthFrameworkSessionContextCache	STORE	{"user":"user185@prod-corp.example","ip":"10.0.34.7"}	2026-11-06 07:44:00	2026-11-20 07:44:00
sess_785	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user186@prod-corp.example","ip":"10.0.35.7"}	2026-11-06 08:25:00	2026-11-20 08:25:00
sess_786	AppAuthFrameworkSessionContextCache	STORE	{"user":"user187@prod-corp.example","ip":"10.0.36.7"}	2026-11-06 09:06:00	2026-11-20 09:06:00
sess_787	AppAuthFrameworkSessionContextCache	STORE	{"user":"user188@prod-corp.example","ip":"10.0.37.7"}	2026-11-06 09:47:00	2026-11-20 09:47:00
sess_788	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user189@prod-corp.example","ip":"10.0.38.7"}	2026-11-06 10:28:00	2026-11-20 10:28:00
sess_789	AppAuthFrameworkSessionContextCache	STORE	{"user":"user190@prod-corp.example","ip":"10.0.39.7"}	2026-11-06 11:09:00	2026-11-20 11:09:00
sess_790	AppAuthFrameworkSessionContextCache	STORE	{"user":"user191@prod-corp.example","ip":"10.0.40.7"}	2026-11-06 11:50:00	2026-11-20 11:50:00
sess_791	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user192@prod-corp.example","ip":"10.0.41.7"}	2026-11-06 12:31:00	2026-11-20 12:31:00
sess_792	AppAuthFrameworkSessionContextCache	STORE	{"user":"user193@prod-corp.example","ip":"10.0.42.7"}	2026-11-06 13:12:00	2026-11-20 13:12:00
sess_793	AppAuthFrameworkSessionContextCache	STORE	{"user":"user194@prod-corp.example","ip":"10.0.43.7"}	2026-11-06 13:53:00	2026-11-20 13:53:00
sess_794	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user195@prod-corp.example","ip":"10.0.44.7"}	2026-11-06 14:34:00	2026-11-20 14:34:00
sess_795	AppAuthFrameworkSessionContextCache	STORE	{"user":"user196@prod-corp.example","ip":"10.0.45.7"}	2026-11-06 15:15:00	2026-11-20 15:15:00
sess_796	AppAuthFrameworkSessionContextCache	STORE	{"user":"user197@prod-corp.example","ip":"10.0.46.7"}	2026-11-06 15:56:00	2026-11-20 15:56:00
sess_797	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user198@prod-corp.example","ip":"10.0.47.7"}	2026-11-06 16:37:00	2026-11-20 16:37:00
sess_798	AppAuthFrameworkSessionContextCache	STORE	{"user":"user199@prod-corp.example","ip":"10.0.48.7"}	2026-11-06 17:18:00	2026-11-20 17:18:00
sess_799	AppAuthFrameworkSessionContextCache	STORE	{"user":"user200@prod-corp.example","ip":"10.0.49.7"}	2026-11-06 17:59:00	2026-11-20 17:59:00
sess_800	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user201@prod-corp.example","ip":"10.0.50.7"}	2026-11-06 18:40:00	2026-11-20 18:40:00
sess_801	AppAuthFrameworkSessionContextCache	STORE	{"user":"user202@prod-corp.example","ip":"10.0.51.7"}	2026-11-06 19:21:00	2026-11-20 19:21:00
sess_802	AppAuthFrameworkSessionContextCache	STORE	{"user":"user203@prod-corp.example","ip":"10.0.52.7"}	2026-11-06 20:02:00	2026-11-20 20:02:00
sess_803	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user204@prod-corp.example","ip":"10.0.53.7"}	2026-11-06 20:43:00	2026-11-20 20:43:00
sess_804	AppAuthFrameworkSessionContextCache	STORE	{"user":"user205@prod-corp.example","ip":"10.0.54.7"}	2026-11-06 21:24:00	2026-11-20 21:24:00
sess_805	AppAuthFrameworkSessionContextCache	STORE	{"user":"user206@prod-corp.example","ip":"10.0.55.7"}	2026-11-06 22:05:00	2026-11-20 22:05:00
sess_806	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user207@prod-corp.example","ip":"10.0.56.7"}	2026-11-06 22:46:00	2026-11-20 22:46:00
sess_807	AppAuthFrameworkSessionContextCache	STORE	{"user":"user208@prod-corp.example","ip":"10.0.57.7"}	2026-11-06 23:27:00	2026-11-20 23:27:00
sess_808	AppAuthFrameworkSessionContextCache	STORE	{"user":"user209@prod-corp.example","ip":"10.0.58.7"}	2026-11-07 00:08:00	2026-11-21 00:08:00
sess_809	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user210@prod-corp.example","ip":"10.0.59.7"}	2026-11-07 00:49:00	2026-11-21 00:49:00
sess_810	AppAuthFrameworkSessionContextCache	STORE	{"user":"user211@prod-corp.example","ip":"10.0.60.7"}	2026-11-07 01:30:00	2026-11-21 01:30:00
sess_811	AppAuthFrameworkSessionContextCache	STORE	{"user":"user212@prod-corp.example","ip":"10.0.61.7"}	2026-11-07 02:11:00	2026-11-21 02:11:00
sess_812	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user213@prod-corp.example","ip":"10.0.62.7"}	2026-11-07 02:52:00	2026-11-21 02:52:00
sess_813	AppAuthFrameworkSessionContextCache	STORE	{"user":"user214@prod-corp.example","ip":"10.0.63.7"}	2026-11-07 03:33:00	2026-11-21 03:33:00
sess_814	AppAuthFrameworkSessionContextCache	STORE	{"user":"user215@prod-corp.example","ip":"10.0.64.7"}	2026-11-07 04:14:00	2026-11-21 04:14:00
sess_815	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user216@prod-corp.example","ip":"10.0.65.7"}	2026-11-07 04:55:00	2026-11-21 04:55:00
sess_816	AppAuthFrameworkSessionContextCache	STORE	{"user":"user217@prod-corp.example","ip":"10.0.66.7"}	2026-11-07 05:36:00	2026-11-21 05:36:00
sess_817	AppAuthFrameworkSessionContextCache	STORE	{"user":"user218@prod-corp.example","ip":"10.0.67.7"}	2026-11-07 06:17:00	2026-11-21 06:17:00
sess_818	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user219@prod-corp.example","ip":"10.0.68.7"}	2026-11-07 06:58:00	2026-11-21 06:58:00
sess_819	AppAuthFrameworkSessionContextCache	STORE	{"user":"user220@prod-corp.example","ip":"10.0.69.7"}	2026-11-07 07:39:00	2026-11-21 07:39:00
sess_820	AppAuthFrameworkSessionContextCache	STORE	{"user":"user221@prod-corp.example","ip":"10.0.70.7"}	2026-11-07 08:20:00	2026-11-21 08:20:00
sess_821	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user222@prod-corp.example","ip":"10.0.71.7"}	2026-11-07 09:01:00	2026-11-21 09:01:00
sess_822	AppAuthFrameworkSessionContextCache	STORE	{"user":"user223@prod-corp.example","ip":"10.0.72.7"}	2026-11-07 09:42:00	2026-11-21 09:42:00
sess_823	AppAuthFrameworkSessionContextCache	STORE	{"user":"user224@prod-corp.example","ip":"10.0.73.7"}	2026-11-07 10:23:00	2026-11-21 10:23:00
sess_824	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user225@prod-corp.example","ip":"10.0.74.7"}	2026-11-07 11:04:00	2026-11-21 11:04:00
sess_825	AppAuthFrameworkSessionContextCache	STORE	{"user":"user226@prod-corp.example","ip":"10.0.75.7"}	2026-11-07 11:45:00	2026-11-21 11:45:00
sess_826	AppAuthFrameworkSessionContextCache	STORE	{"user":"user227@prod-corp.example","ip":"10.0.76.7"}	2026-11-07 12:26:00	2026-11-21 12:26:00
sess_827	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user228@prod-corp.example","ip":"10.0.77.7"}	2026-11-07 13:07:00	2026-11-21 13:07:00
sess_828	AppAuthFrameworkSessionContextCache	STORE	{"user":"user229@prod-corp.example","ip":"10.0.78.7"}	2026-11-07 13:48:00	2026-11-21 13:48:00
sess_829	AppAuthFrameworkSessionContextCache	STORE	{"user":"user230@prod-corp.example","ip":"10.0.79.7"}	2026-11-07 14:29:00	2026-11-21 14:29:00
sess_830	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user231@prod-corp.example","ip":"10.0.80.7"}	2026-11-07 15:10:00	2026-11-21 15:10:00
sess_831	AppAuthFrameworkSessionContextCache	STORE	{"user":"user232@prod-corp.example","ip":"10.0.81.7"}	2026-11-07 15:51:00	2026-11-21 15:51:00
sess_832	AppAuthFrameworkSessionContextCache	STORE	{"user":"user233@prod-corp.example","ip":"10.0.82.7"}	2026-11-07 16:32:00	2026-11-21 16:32:00
sess_833	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user234@prod-corp.example","ip":"10.0.83.7"}	2026-11-07 17:13:00	2026-11-21 17:13:00
sess_834	AppAuthFrameworkSessionContextCache	STORE	{"user":"user235@prod-corp.example","ip":"10.0.84.7"}	2026-11-07 17:54:00	2026-11-21 17:54:00
sess_835	AppAuthFrameworkSessionContextCache	STORE	{"user":"user236@prod-corp.example","ip":"10.0.85.7"}	2026-11-07 18:35:00	2026-11-21 18:35:00
sess_836	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user237@prod-corp.example","ip":"10.0.86.7"}	2026-11-07 19:16:00	2026-11-21 19:16:00
sess_837	AppAuthFrameworkSessionContextCache	STORE	{"user":"user238@prod-corp.example","ip":"10.0.87.7"}	2026-11-07 19:57:00	2026-11-21 19:57:00
sess_838	AppAuthFrameworkSessionContextCache	STORE	{"user":"user239@prod-corp.example","ip":"10.0.88.7"}	2026-11-07 20:38:00	2026-11-21 20:38:00
sess_839	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user240@prod-corp.example","ip":"10.0.89.7"}	2026-11-07 21:19:00	2026-11-21 21:19:00
sess_840	AppAuthFrameworkSessionContextCache	STORE	{"user":"user241@prod-corp.example","ip":"10.0.90.7"}	2026-11-07 22:00:00	2026-11-21 22:00:00
sess_841	AppAuthFrameworkSessionContextCache	STORE	{"user":"user242@prod-corp.example","ip":"10.0.91.7"}	2026-11-07 22:41:00	2026-11-21 22:41:00
sess_842	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user243@prod-corp.example","ip":"10.0.92.7"}	2026-11-07 23:22:00	2026-11-21 23:22:00
sess_843	AppAuthFrameworkSessionContextCache	STORE	{"user":"user244@prod-corp.example","ip":"10.0.93.7"}	2026-11-08 00:03:00	2026-11-22 00:03:00
sess_844	AppAuthFrameworkSessionContextCache	STORE	{"user":"user245@prod-corp.example","ip":"10.0.94.7"}	2026-11-08 00:44:00	2026-11-22 00:44:00
sess_845	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user246@prod-corp.example","ip":"10.0.95.7"}	2026-11-08 01:25:00	2026-11-22 01:25:00
sess_846	AppAuthFrameworkSessionContextCache	STORE	{"user":"user247@prod-corp.example","ip":"10.0.96.7"}	2026-11-08 02:06:00	2026-11-22 02:06:00
sess_847	AppAuthFrameworkSessionContextCache	STORE	{"user":"user248@prod-corp.example","ip":"10.0.97.7"}	2026-11-08 02:47:00	2026-11-22 02:47:00
sess_848	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user249@prod-corp.example","ip":"10.0.98.7"}	2026-11-08 03:28:00	2026-11-22 03:28:00
sess_849	AppAuthFrameworkSessionContextCache	STORE	{"user":"user250@prod-corp.example","ip":"10.0.99.7"}	2026-11-08 04:09:00	2026-11-22 04:09:00
sess_850	AppAuthFrameworkSessionContextCache	STORE	{"user":"user251@prod-corp.example","ip":"10.0.100.7"}	2026-11-08 04:50:00	2026-11-22 04:50:00
sess_851	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user252@prod-corp.example","ip":"10.0.101.7"}	2026-11-08 05:31:00	2026-11-22 05:31:00
sess_852	AppAuthFrameworkSessionContextCache	STORE	{"user":"user253@prod-corp.example","ip":"10.0.102.7"}	2026-11-08 06:12:00	2026-11-22 06:12:00
sess_853	AppAuthFrameworkSessionContextCache	STORE	{"user":"user254@prod-corp.example","ip":"10.0.103.7"}	2026-11-08 06:53:00	2026-11-22 06:53:00
sess_854	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user255@prod-corp.example","ip":"10.0.104.7"}	2026-11-08 07:34:00	2026-11-22 07:34:00
sess_855	AppAuthFrameworkSessionContextCache	STORE	{"user":"user256@prod-corp.example","ip":"10.0.105.7"}	2026-11-08 08:15:00	2026-11-22 08:15:00
sess_856	AppAuthFrameworkSessionContextCache	STORE	{"user":"user257@prod-corp.example","ip":"10.0.106.7"}	2026-11-08 08:56:00	2026-11-22 08:56:00
sess_857	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user258@prod-corp.example","ip":"10.0.107.7"}	2026-11-08 09:37:00	2026-11-22 09:37:00
sess_858	AppAuthFrameworkSessionContextCache	STORE	{"user":"user259@prod-corp.example","ip":"10.0.108.7"}	2026-11-08 10:18:00	2026-11-22 10:18:00
sess_859	AppAuthFrameworkSessionContextCache	STORE	{"user":"user260@prod-corp.example","ip":"10.0.109.7"}	2026-11-08 10:59:00	2026-11-22 10:59:00
sess_860	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user261@prod-corp.example","ip":"10.0.110.7"}	2026-11-08 11:40:00	2026-11-22 11:40:00
sess_861	AppAuthFrameworkSessionContextCache	STORE	{"user":"user262@prod-corp.example","ip":"10.0.111.7"}	2026-11-08 12:21:00	2026-11-22 12:21:00
sess_862	AppAuthFrameworkSessionContextCache	STORE	{"user":"user263@prod-corp.example","ip":"10.0.112.7"}	2026-11-08 13:02:00	2026-11-22 13:02:00
sess_863	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user264@prod-corp.example","ip":"10.0.113.7"}	2026-11-08 13:43:00	2026-11-22 13:43:00
sess_864	AppAuthFrameworkSessionContextCache	STORE	{"user":"user265@prod-corp.example","ip":"10.0.114.7"}	2026-11-08 14:24:00	2026-11-22 14:24:00
sess_865	AppAuthFrameworkSessionContextCache	STORE	{"user":"user266@prod-corp.example","ip":"10.0.115.7"}	2026-11-08 15:05:00	2026-11-22 15:05:00
sess_866	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user267@prod-corp.example","ip":"10.0.116.7"}	2026-11-08 15:46:00	2026-11-22 15:46:00
sess_867	AppAuthFrameworkSessionContextCache	STORE	{"user":"user268@prod-corp.example","ip":"10.0.117.7"}	2026-11-08 16:27:00	2026-11-22 16:27:00
sess_868	AppAuthFrameworkSessionContextCache	STORE	{"user":"user269@prod-corp.example","ip":"10.0.118.7"}	2026-11-08 17:08:00	2026-11-22 17:08:00
sess_869	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user270@prod-corp.example","ip":"10.0.119.7"}	2026-11-08 17:49:00	2026-11-22 17:49:00
sess_870	AppAuthFrameworkSessionContextCache	STORE	{"user":"user271@prod-corp.example","ip":"10.0.120.7"}	2026-11-08 18:30:00	2026-11-22 18:30:00
sess_871	AppAuthFrameworkSessionContextCache	STORE	{"user":"user272@prod-corp.example","ip":"10.0.121.7"}	2026-11-08 19:11:00	2026-11-22 19:11:00
sess_872	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user273@prod-corp.example","ip":"10.0.122.7"}	2026-11-08 19:52:00	2026-11-22 19:52:00
sess_873	AppAuthFrameworkSessionContextCache	STORE	{"user":"user274@prod-corp.example","ip":"10.0.123.7"}	2026-11-08 20:33:00	2026-11-22 20:33:00
sess_874	AppAuthFrameworkSessionContextCache	STORE	{"user":"user275@prod-corp.example","ip":"10.0.124.7"}	2026-11-08 21:14:00	2026-11-22 21:14:00
sess_875	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user276@prod-corp.example","ip":"10.0.125.7"}	2026-11-08 21:55:00	2026-11-22 21:55:00
sess_876	AppAuthFrameworkSessionContextCache	STORE	{"user":"user277@prod-corp.example","ip":"10.0.126.7"}	2026-11-08 22:36:00	2026-11-22 22:36:00
sess_877	AppAuthFrameworkSessionContextCache	STORE	{"user":"user278@prod-corp.example","ip":"10.0.127.7"}	2026-11-08 23:17:00	2026-11-22 23:17:00
sess_878	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user279@prod-corp.example","ip":"10.0.128.7"}	2026-11-08 23:58:00	2026-11-22 23:58:00
sess_879	AppAuthFrameworkSessionContextCache	STORE	{"user":"user280@prod-corp.example","ip":"10.0.129.7"}	2026-11-09 00:39:00	2026-11-23 00:39:00
sess_880	AppAuthFrameworkSessionContextCache	STORE	{"user":"user281@prod-corp.example","ip":"10.0.130.7"}	2026-11-09 01:20:00	2026-11-23 01:20:00
sess_881	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user282@prod-corp.example","ip":"10.0.131.7"}	2026-11-09 02:01:00	2026-11-23 02:01:00
sess_882	AppAuthFrameworkSessionContextCache	STORE	{"user":"user283@prod-corp.example","ip":"10.0.132.7"}	2026-11-09 02:42:00	2026-11-23 02:42:00
sess_883	AppAuthFrameworkSessionContextCache	STORE	{"user":"user284@prod-corp.example","ip":"10.0.133.7"}	2026-11-09 03:23:00	2026-11-23 03:23:00
sess_884	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user285@prod-corp.example","ip":"10.0.134.7"}	2026-11-09 04:04:00	2026-11-23 04:04:00
sess_885	AppAuthFrameworkSessionContextCache	STORE	{"user":"user286@prod-corp.example","ip":"10.0.135.7"}	2026-11-09 04:45:00	2026-11-23 04:45:00
sess_886	AppAuthFrameworkSessionContextCache	STORE	{"user":"user287@prod-corp.example","ip":"10.0.136.7"}	2026-11-09 05:26:00	2026-11-23 05:26:00
sess_887	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user288@prod-corp.example","ip":"10.0.137.7"}	2026-11-09 06:07:00	2026-11-23 06:07:00
sess_888	AppAuthFrameworkSessionContextCache	STORE	{"user":"user289@prod-corp.example","ip":"10.0.138.7"}	2026-11-09 06:48:00	2026-11-23 06:48:00
sess_889	AppAuthFrameworkSessionContextCache	STORE	{"user":"user290@prod-corp.example","ip":"10.0.139.7"}	2026-11-09 07:29:00	2026-11-23 07:29:00
sess_890	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user291@prod-corp.example","ip":"10.0.140.7"}	2026-11-09 08:10:00	2026-11-23 08:10:00
sess_891	AppAuthFrameworkSessionContextCache	STORE	{"user":"user292@prod-corp.example","ip":"10.0.141.7"}	2026-11-09 08:51:00	2026-11-23 08:51:00
sess_892	AppAuthFrameworkSessionContextCache	STORE	{"user":"user293@prod-corp.example","ip":"10.0.142.7"}	2026-11-09 09:32:00	2026-11-23 09:32:00
sess_893	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user294@prod-corp.example","ip":"10.0.143.7"}	2026-11-09 10:13:00	2026-11-23 10:13:00
sess_894	AppAuthFrameworkSessionContextCache	STORE	{"user":"user295@prod-corp.example","ip":"10.0.144.7"}	2026-11-09 10:54:00	2026-11-23 10:54:00
sess_895	AppAuthFrameworkSessionContextCache	STORE	{"user":"user296@prod-corp.example","ip":"10.0.145.7"}	2026-11-09 11:35:00	2026-11-23 11:35:00
sess_896	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user297@prod-corp.example","ip":"10.0.146.7"}	2026-11-09 12:16:00	2026-11-23 12:16:00
sess_897	AppAuthFrameworkSessionContextCache	STORE	{"user":"user298@prod-corp.example","ip":"10.0.147.7"}	2026-11-09 12:57:00	2026-11-23 12:57:00
sess_898	AppAuthFrameworkSessionContextCache	STORE	{"user":"user299@prod-corp.example","ip":"10.0.148.7"}	2026-11-09 13:38:00	2026-11-23 13:38:00
sess_899	AppAuthFrameworkSessionContextCache	DELETE	{"user":"user300@prod-corp.example","ip":"10.0.149.7"}	2026-11-09 14:19:00	2026-11-23 14:19:00
sess_900	AppAuthFrameworkSessionContextCache	STORE	{"user":"user1@prod-corp.example","ip":"10.0.150.7"}	2026-11-09 15:00:00	2026-11-23 15:00:00
\.


--
-- Data for Name: idn_oauth2_access_token; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.idn_oauth2_access_token (token_id, access_token, refresh_token, consumer_key, authz_user, time_created, validity_period, token_state) FROM stdin;
tok_1	11730ae9cfb0c2f25a10ab8b44cf7c97	6a131ba6adcb5b42db89fc26e6f78260	ck_2	prod.user2	2026-10-01 00:53:00	7200000	ACTIVE
tok_2	2a8a4c943e86a1de8d443ff1c479da1d	9f721efa7dae253e3c3162bbf8446c0a	ck_3	prod.user3	2026-10-01 01:46:00	10800000	ACTIVE
tok_3	715d7b8e53f9635aa4a6f229ee447e53	6421ebc1ef506e223d8663b7b0de653f	ck_4	prod.user4	2026-10-01 02:39:00	14400000	EXPIRED
tok_4	b3b049a4cb26029e38b91359e3447656	7c0f8cb32f43c350915750c69beace0a	ck_5	prod.user5	2026-10-01 03:32:00	18000000	REVOKED
tok_5	df81548686e9110d4ff4f8e62d6d565e	55d7366cf5ec387e7c28e8db3e8d76d5	ck_6	prod.user6	2026-10-01 04:25:00	21600000	INACTIVE
tok_6	660a01e6e257adbebaa88f84a1e375f2	f73a592216c527a5eae532661968d5f7	ck_7	prod.user7	2026-10-01 05:18:00	25200000	ACTIVE
tok_7	e04a372df11ff9713acca692b714a062	f397ad4f798b72620c0f2fe2e2c46ad1	ck_8	prod.user8	2026-10-01 06:11:00	28800000	ACTIVE
tok_8	e4a37081555b5102e888aa177e09632a	0fc08ba0a0cdaacf1cfa2700b82f80f4	ck_9	prod.user9	2026-10-01 07:04:00	32400000	ACTIVE
tok_9	dc773f4a5c46c74e4592b54c653a7b74	94cf2cef38b2c86499d54cc77f290dc4	ck_10	prod.user10	2026-10-01 07:57:00	36000000	EXPIRED
tok_10	36d6482ccd7600509d101ddeef1ee0ed	b2ac5a1b89190353d2a71be7040b9dc8	ck_11	prod.user11	2026-10-01 08:50:00	39600000	REVOKED
tok_11	cf306840f347c232fae3b89f9310a713	932b38dba4f93b27abd4abdaf7b47964	ck_12	prod.user12	2026-10-01 09:43:00	43200000	INACTIVE
tok_12	37fb1943bc96fe6b176fe6062605c905	1169ac2768c256e5df56e028f4f950e0	ck_1	prod.user13	2026-10-01 10:36:00	46800000	ACTIVE
tok_13	f4069eda24d2edddf764226ecb6afdec	e5db2d788f70c1a55ab283c5a030f3d3	ck_2	prod.user14	2026-10-01 11:29:00	50400000	ACTIVE
tok_14	ec19d33418ced2ed541dc5d13492109b	e94852200683c152e5d3d71c31ca18ca	ck_3	prod.user15	2026-10-01 12:22:00	54000000	ACTIVE
tok_15	c8decf679fe7bb9b14ebcbbaf7c67049	8357ecb44764c7c8633c7af17cd87bcd	ck_4	prod.user16	2026-10-01 13:15:00	57600000	EXPIRED
tok_16	0e343a7ff1e14cbf07f72713d876ce57	4e73ff8c39822a3c71d930c556f67ab9	ck_5	prod.user17	2026-10-01 14:08:00	61200000	REVOKED
tok_17	ce8e157599ea44385fa4ce4adcce414c	b1439e2bed4ef12f675c69d93a00cc89	ck_6	prod.user18	2026-10-01 15:01:00	64800000	INACTIVE
tok_18	668e22a35640e97f6acac5cc1c485638	4615f689a51495624a3246b51859d1b7	ck_7	prod.user19	2026-10-01 15:54:00	68400000	ACTIVE
tok_19	d83f625669ce9fd5672709dce755f100	6df95e0cadbd14a2d7097cb69278b575	ck_8	prod.user20	2026-10-01 16:47:00	72000000	ACTIVE
tok_20	5676d81aa02c11afb24f32261ec8be68	3e72393b7d2c8f258e14817eb5187e5a	ck_9	prod.user21	2026-10-01 17:40:00	75600000	ACTIVE
tok_21	16115c72e478156e89a79daa186a9cec	29221cbcbf9cc448a43bf8543c63e60d	ck_10	prod.user22	2026-10-01 18:33:00	79200000	EXPIRED
tok_22	7cf70a8cf46309ad9910df402f102431	d7f732e9fcbbdfce8c4251f34543b464	ck_11	prod.user23	2026-10-01 19:26:00	82800000	REVOKED
tok_23	39da44bdc56145f9077d079850b10de1	754df6ab84280c4fcf713e6dda7f6095	ck_12	prod.user24	2026-10-01 20:19:00	86400000	INACTIVE
tok_24	5e99a346e33ef9ed347756ad16f0c814	78dde3b7572942da87fb8c4db549454e	ck_1	prod.user25	2026-10-01 21:12:00	90000000	ACTIVE
tok_25	8a9e72348e347cf36bb92b6729eb3801	2c64f68ac80564b947a289f948172614	ck_2	prod.user26	2026-10-01 22:05:00	93600000	ACTIVE
tok_26	d2b154eab681c00a2ba7ff7cb7b81fcd	02d457c4dfc9ac4f696ba0fac72df319	ck_3	prod.user27	2026-10-01 22:58:00	97200000	ACTIVE
tok_27	3913957d86a9eeedf1fa3bfda323394f	1a5da711db8cca520c9a2dc0324e4aba	ck_4	prod.user28	2026-10-01 23:51:00	100800000	EXPIRED
tok_28	ae2184c7e2c383b58b2b581837d909e2	024e2726d13ac8f25793cdce1ec36139	ck_5	prod.user29	2026-10-02 00:44:00	104400000	REVOKED
tok_29	21093617f11e2ed68a0cfbfbe7d66538	0a306e42f276d5bf65593fa04b8f9373	ck_6	prod.user30	2026-10-02 01:37:00	108000000	INACTIVE
tok_30	37c79ee35823f85a00849fa9911fa7f0	1122f9aa9c71b84032a3715eba3ac5d3	ck_7	prod.user31	2026-10-02 02:30:00	111600000	ACTIVE
tok_31	d7401924fdc28fc62138917163bda71f	cc3eb91c14ebd09a92c323e3e060406b	ck_8	prod.user32	2026-10-02 03:23:00	115200000	ACTIVE
tok_32	6102ba8bc57f61751be0f0029f25632e	92a53684e30b8255e51dd7b1593877da	ck_9	prod.user33	2026-10-02 04:16:00	118800000	ACTIVE
tok_33	1cd83db07fdbd446b57f11c3abccff83	013bf44548f1e05362ae332daf05332f	ck_10	prod.user34	2026-10-02 05:09:00	122400000	EXPIRED
tok_34	764484fc5c9189e6ff536087a78e9f1f	22ba76499124569d791656344d0da1b3	ck_11	prod.user35	2026-10-02 06:02:00	126000000	REVOKED
tok_35	7625eed7d4399aa6a0009dde967eeaa7	eb5762312072b788f32ad9baf2092f0b	ck_12	prod.user36	2026-10-02 06:55:00	129600000	INACTIVE
tok_36	8c964a5c5274d34f41e381ea2642ee31	ab80ee02677e0f6799707955fd17604c	ck_1	prod.user37	2026-10-02 07:48:00	133200000	ACTIVE
tok_37	c1cae1c31e73eeff1ca2b4c472160017	16a01f96be4e6963ee8a89ded277b61b	ck_2	prod.user38	2026-10-02 08:41:00	136800000	ACTIVE
tok_38	dd3b9cbc44f62c2a969662490363f34a	2b93ac1dcacdfb62a23e85432a96e143	ck_3	prod.user39	2026-10-02 09:34:00	140400000	ACTIVE
tok_39	05dc4c01c1ec2e77a27a38eac0f3368c	c5e3c1aed84df446e7e4f548554244c2	ck_4	prod.user40	2026-10-02 10:27:00	144000000	EXPIRED
tok_40	2f93143ad1b80ec21fa9b3491d97938a	2602787276c4890aaae20110eb1095ba	ck_5	prod.user41	2026-10-02 11:20:00	147600000	REVOKED
tok_41	76420b8e94e0cc12c0fbfb034e21187b	5e3d908c5dc72eeab130f9c9aa8a0bf6	ck_6	prod.user42	2026-10-02 12:13:00	151200000	INACTIVE
tok_42	dfa8f0eedc4fa693a5b24af7d6ea02cb	4cad4bd7a3b251d0337f9644fd073f61	ck_7	prod.user43	2026-10-02 13:06:00	154800000	ACTIVE
tok_43	f10421530313b6fcecb0992e2ea0830d	5997b1ebce8667e99197b491ef502723	ck_8	prod.user44	2026-10-02 13:59:00	158400000	ACTIVE
tok_44	e8c258c2a1601418a049f2382d2f2387	722b6e4e74adc832bbcd267e69e5339d	ck_9	prod.user45	2026-10-02 14:52:00	162000000	ACTIVE
tok_45	01a884e0d7ee35497ad186c91ea40379	b44bbae4a20b4207efb02dbb4edc82b8	ck_10	prod.user46	2026-10-02 15:45:00	165600000	EXPIRED
tok_46	73fa6f1ce07c5a6cb339909e28dd6213	e1b32fffc9cb544e9fe05ad1b52a205b	ck_11	prod.user47	2026-10-02 16:38:00	169200000	REVOKED
tok_47	f99eb69351ec0709e78bbb757edc8252	67fe823c6a08b3894da99bba059ac8ec	ck_12	prod.user48	2026-10-02 17:31:00	172800000	INACTIVE
tok_48	ad3b040bfae297e2818266296966c90b	eddbbd2568c419cb005dee1062c2ba12	ck_1	prod.user49	2026-10-02 18:24:00	176400000	ACTIVE
tok_49	b90fd6e347f02df124c70c443fc6a224	b260cba73fc57eb060e55f913a5cb806	ck_2	prod.user50	2026-10-02 19:17:00	180000000	ACTIVE
tok_50	33a952a690cb7d565731be7544c6008d	f4133c59e3d17cd0deda44f2eccffd58	ck_3	prod.user51	2026-10-02 20:10:00	183600000	ACTIVE
tok_51	bdf92009df29ee7af28e50791cd9aeae	d50731c9691c590c2f61bf39b68f09e0	ck_4	prod.user52	2026-10-02 21:03:00	187200000	EXPIRED
tok_52	24fab3413b4cafdb7711fd9fc11d77c5	754b0506e5d9952e329a3f489d5799ef	ck_5	prod.user53	2026-10-02 21:56:00	190800000	REVOKED
tok_53	ad3bfba70172ca92bd546c198e1759d5	f3a3cb735b0f2fe9b3a699cf7516427b	ck_6	prod.user54	2026-10-02 22:49:00	194400000	INACTIVE
tok_54	eeda0be35928e19e091ffc18d68ef9bd	fcf7c6f964b744dabc0435519a6fea82	ck_7	prod.user55	2026-10-02 23:42:00	198000000	ACTIVE
tok_55	bcdf1f4eafc1ba165ec89f8f5a58c396	c3f372ef2ffe1fc567dd3e152047f15c	ck_8	prod.user56	2026-10-03 00:35:00	201600000	ACTIVE
tok_56	4c845ec61759410dfb94c46aefd2988a	c9b423bb08fe1053dc0f42ee52e5fc29	ck_9	prod.user57	2026-10-03 01:28:00	205200000	ACTIVE
tok_57	c57500ddff63dc2264cc4fc47fe58589	21c9e795dfa42284b9863c1160cee720	ck_10	prod.user58	2026-10-03 02:21:00	208800000	EXPIRED
tok_58	37b0053cf2c2461686725386aef9691c	4389e4bccfa1564bda48a64f5aec0d39	ck_11	prod.user59	2026-10-03 03:14:00	212400000	REVOKED
tok_59	058a3d12b50e0d723e7c8f5af5c42fd8	2a0bb764d854b1395a2bc64fbf5cf700	ck_12	prod.user60	2026-10-03 04:07:00	216000000	INACTIVE
tok_60	619d9a641142f6a15f1a6b24959c0cf6	d383a77755c4bf47bdfede8afdeb4b9c	ck_1	prod.user61	2026-10-03 05:00:00	219600000	ACTIVE
tok_61	2a15cabdfe76dd12e3238a188b73eea9	421cd50571ae3fcd7e5423514a5dca28	ck_2	prod.user62	2026-10-03 05:53:00	223200000	ACTIVE
tok_62	848b2e77c9a1267e7209a36fbbe68617	41f2f7f1f280a31736cfc17df120b9eb	ck_3	prod.user63	2026-10-03 06:46:00	226800000	ACTIVE
tok_63	e81fa2d676226af98476e01e2e370a31	ef395552a410e975cdcfb5ad51dd5e5a	ck_4	prod.user64	2026-10-03 07:39:00	230400000	EXPIRED
tok_64	dc27f5b950c3e2b5fe09ceea71ea9585	09caf580a31028eb768ba338560d1686	ck_5	prod.user65	2026-10-03 08:32:00	234000000	REVOKED
tok_65	96821a77ab057718e7a446356b8c2c01	0ec646bd4839241fc9b93f3b110b2525	ck_6	prod.user66	2026-10-03 09:25:00	237600000	INACTIVE
tok_66	8304a12906d146b5efb4cd1fecb8509b	545b58b8d72a78e5a605cbad65f730e7	ck_7	prod.user67	2026-10-03 10:18:00	241200000	ACTIVE
tok_67	9de6f2946c9824e48868f9719839dbcc	b95b31dfe6c8abac9432e95ec152207c	ck_8	prod.user68	2026-10-03 11:11:00	244800000	ACTIVE
tok_68	b9979379d0838313629a16142ae89b0c	c67e86ba869862439739873786b4ebb8	ck_9	prod.user69	2026-10-03 12:04:00	248400000	ACTIVE
tok_69	e337f4e4991725951958335a0e33078d	c4659842375074c43b3f871a5baf7201	ck_10	prod.user70	2026-10-03 12:57:00	252000000	EXPIRED
tok_70	7f1bbcd6cdb3856312c5aca4dfed894d	291e4d5758fbf300c06b6b91de08d04b	ck_11	prod.user71	2026-10-03 13:50:00	255600000	REVOKED
tok_71	8d952400c52ad07f2e246b08c0722f4a	6018a9b2d20ceb112b210a44b04ef16f	ck_12	prod.user72	2026-10-03 14:43:00	259200000	INACTIVE
tok_72	8fe6080163b05a8203763f007481afbe	67951564018ab929fc2dfcc747157ec5	ck_1	prod.user73	2026-10-03 15:36:00	262800000	ACTIVE
tok_73	d673fa3e186191b0efe7df7ace2bdb2d	020b8f74faad5a0a6326a2caf6442a48	ck_2	prod.user74	2026-10-03 16:29:00	266400000	ACTIVE
tok_74	56f2d701ce514be1d0a85c5c24277392	d3906bbce92f000ec0689c7521610deb	ck_3	prod.user75	2026-10-03 17:22:00	270000000	ACTIVE
tok_75	4196dfb8b923a3c15a7450e85f99b779	ab04a938aff29f07dac738707230ce89	ck_4	prod.user76	2026-10-03 18:15:00	273600000	EXPIRED
tok_76	737148b0339d6e4a5889fddb22057912	791f9986d5ae65c0c3563db9b7661be3	ck_5	prod.user77	2026-10-03 19:08:00	277200000	REVOKED
tok_77	56ba7e2707eb3df72ba2673bb2fed775	32033c92d0129a29285f925a5373cac8	ck_6	prod.user78	2026-10-03 20:01:00	280800000	INACTIVE
tok_78	cb51a0592f3e3cc6ff873717b537ee55	dadff7d2d5f844e35a55e9ddcd4ffafd	ck_7	prod.user79	2026-10-03 20:54:00	284400000	ACTIVE
tok_79	3b1f53f1cb01995102c3e39ca13c2df9	59f709ef07ab72a037585a7da3908760	ck_8	prod.user80	2026-10-03 21:47:00	288000000	ACTIVE
tok_80	5be37b9e1c0c8a6b942f50b05a35411f	f4adeb8de3d85873de2ea547208c2ad6	ck_9	prod.user81	2026-10-03 22:40:00	291600000	ACTIVE
tok_81	8d6bd78224e2523d0bbc03f970c887ae	c00dcf1d644316c7f0c8d92ee2b4f525	ck_10	prod.user82	2026-10-03 23:33:00	295200000	EXPIRED
tok_82	a0780d18d4a3b39b46e5a73c27cbba49	45f20c4b781ecfa0f014f94e3e27b30e	ck_11	prod.user83	2026-10-04 00:26:00	298800000	REVOKED
tok_83	8f0e5172e2122966838921c11bea833f	10a54274dca21f133fcf02f31010a342	ck_12	prod.user84	2026-10-04 01:19:00	302400000	INACTIVE
tok_84	cce2d7ef5de71c0666f954e63c8abfd9	2cf22c2d9bfb082bade83159a5e94e33	ck_1	prod.user85	2026-10-04 02:12:00	306000000	ACTIVE
tok_85	b0cad5e2442be1e2e6cf30e3a67dd444	56bcabe3097cc5e3e109aaa3421a7f6f	ck_2	prod.user86	2026-10-04 03:05:00	309600000	ACTIVE
tok_86	2560b21d25447cdec092810427c1ed25	79a62b80f36ed892f8f8e9cfcec471c3	ck_3	prod.user87	2026-10-04 03:58:00	313200000	ACTIVE
tok_87	27e8f654a828e7bb9695be9577711dae	f276af1c12acdd21dc64b6b1020a7f7f	ck_4	prod.user88	2026-10-04 04:51:00	316800000	EXPIRED
tok_88	c4eb9d7c4b3d61b227c00f310ffde14c	5a87b02838a9be9fe4aa0fb13968a37c	ck_5	prod.user89	2026-10-04 05:44:00	320400000	REVOKED
tok_89	ad5f3a9b4ba427f66450814bb3577a44	34c796da9704fc936ad5265dd8b029a6	ck_6	prod.user90	2026-10-04 06:37:00	324000000	INACTIVE
tok_90	6bed59680d76d35238f16535917e1d10	b99f21ac3e0a650c56735f565d207491	ck_7	prod.user91	2026-10-04 07:30:00	327600000	ACTIVE
tok_91	08eef144d566f9cfe0f6f14209953cb5	72c0322bc481f9c458e1bcc0694b680f	ck_8	prod.user92	2026-10-04 08:23:00	331200000	ACTIVE
tok_92	5728f702aa95a786c85f96f566c1ff1a	e585d9098f0d15bbb5e596078d5a90a6	ck_9	prod.user93	2026-10-04 09:16:00	334800000	ACTIVE
tok_93	b35023ab3d93684959e7b5a83fd1588d	8e9879dffd0e0269bad354fc23ab771a	ck_10	prod.user94	2026-10-04 10:09:00	338400000	EXPIRED
tok_94	e175cb515246f100c835557f24c916d6	1158c8283bfcddab1da37e7cdc044e14	ck_11	prod.user95	2026-10-04 11:02:00	342000000	REVOKED
tok_95	b1b5c11f85ad3b140db3278d580e78dd	4450cb8799c17050f86c84217b9d2a09	ck_12	prod.user96	2026-10-04 11:55:00	345600000	INACTIVE
tok_96	004c56297768439dd97d46abe212ed73	d764d55f36b5017a6764ec7b6a2e77d7	ck_1	prod.user97	2026-10-04 12:48:00	349200000	ACTIVE
tok_97	f67e628a84703f99880416ebd7a502ee	ae1e13723d6c9160625127fc62eef298	ck_2	prod.user98	2026-10-04 13:41:00	352800000	ACTIVE
tok_98	8104ff7136cf83ec7c323b403214fcb5	6b33353fa73e3946447d537fb07cf6b3	ck_3	prod.user99	2026-10-04 14:34:00	356400000	ACTIVE
tok_99	4c84b0babfd962ec7c6823bd7e9f79bc	35e4f603eb4d81d86176340eb3111282	ck_4	prod.user100	2026-10-04 15:27:00	360000000	EXPIRED
tok_100	b9f91ad01126b52d91682c62e229c623	b5f1f3644a1dd69889505b7c543251ea	ck_5	prod.user101	2026-10-04 16:20:00	363600000	REVOKED
tok_101	760594c52349858fdfab1c60eb2c6172	8e961010413e1bf3450fb8dd23d4d811	ck_6	prod.user102	2026-10-04 17:13:00	367200000	INACTIVE
tok_102	f9aaecdf9e887c7214a35d2799d477b2	209dc622253caf31be169a436615018f	ck_7	prod.user103	2026-10-04 18:06:00	370800000	ACTIVE
tok_103	ed5677e5ddab568e4017c881b9cb0e9c	6bb80d611fd26d7d8504894f6a275e3e	ck_8	prod.user104	2026-10-04 18:59:00	374400000	ACTIVE
tok_104	3c561c547b7ef3bd37001b305578cacc	ebbff09d4bec3a6e2c93a38d4e2548f4	ck_9	prod.user105	2026-10-04 19:52:00	378000000	ACTIVE
tok_105	39a4c0ee2e6b3e282d1282b17813c3f0	3a04bdf959e64a38f03818ae66035be6	ck_10	prod.user106	2026-10-04 20:45:00	381600000	EXPIRED
tok_106	b08c25ddebb4daabcda3e9c7a97717f1	29b0de59b68348d2023afe2b1467dc38	ck_11	prod.user107	2026-10-04 21:38:00	385200000	REVOKED
tok_107	9d9a32c9a9fb715d2544017e7f81ca62	d216bb7b80e0549e07496acb8cb42ae2	ck_12	prod.user108	2026-10-04 22:31:00	388800000	INACTIVE
tok_108	a11dae81c36978557855653e00d2fcf6	aab41e08c232390865bec24661ca921c	ck_1	prod.user109	2026-10-04 23:24:00	392400000	ACTIVE
tok_109	9fab5db4f66f4f3632b7bd4a7d3dc94d	4abeade07a7a555be115b05ec7196ad3	ck_2	prod.user110	2026-10-05 00:17:00	396000000	ACTIVE
tok_110	9056dc3768aa22870f129cbc295d5906	a2d1590069ca3523417bb733f8ae423a	ck_3	prod.user111	2026-10-05 01:10:00	399600000	ACTIVE
tok_111	412a88c8a600bfbaf2bf5da0544104ff	0a4dd860b4b8cad10b5df97d39961b4b	ck_4	prod.user112	2026-10-05 02:03:00	403200000	EXPIRED
tok_112	f3bda0470ee1de9aa36548f58ceec1f6	1f8f8a160188b930a003573aaf9b604e	ck_5	prod.user113	2026-10-05 02:56:00	406800000	REVOKED
tok_113	c5b416c378f71271fca2feac4b7b49a2	0f8dd9b9fc57e2bae67a0ccb6e8e7825	ck_6	prod.user114	2026-10-05 03:49:00	410400000	INACTIVE
tok_114	451286277c138294f8a28dc73f851c2d	24ec5ec18240ece7985889684d6125c4	ck_7	prod.user115	2026-10-05 04:42:00	414000000	ACTIVE
tok_115	642a6750dd7cb46d3e85c514cc56a503	65453d81cdd7d05c62b20260011c3682	ck_8	prod.user116	2026-10-05 05:35:00	417600000	ACTIVE
tok_116	143122e9ea630bac1ea10ba5f9047e24	6365eec3c4b2101274b0c7b370c2123b	ck_9	prod.user117	2026-10-05 06:28:00	421200000	ACTIVE
tok_117	a0e0b93ccb56aab0012ce5ed7bb6d249	dea25cde2e29ddeb7451b63edd2dfa4d	ck_10	prod.user118	2026-10-05 07:21:00	424800000	EXPIRED
tok_118	c953d3c322e5792bdc0386280da85ad3	2de21fcce108399e386da634e08d567a	ck_11	prod.user119	2026-10-05 08:14:00	428400000	REVOKED
tok_119	f9d019c97b80e5f033ff8b2df75a1c64	d6416eaec2c0f1952f0ae1fcd3513e10	ck_12	prod.user120	2026-10-05 09:07:00	432000000	INACTIVE
tok_120	fd6d47f0eda60380e2fec5cbca76e895	387a4b498e6614a9cf3f7a876c64c704	ck_1	prod.user121	2026-10-05 10:00:00	435600000	ACTIVE
tok_121	7534c029c37da7624805bbb6f0c1c2d3	a18ee852b77a46b8871c4b4f04357153	ck_2	prod.user122	2026-10-05 10:53:00	439200000	ACTIVE
tok_122	17fc762fddc320afd55ccfc0394bf76d	6d697a36aee82b1c5a86e0f3d1b5d59f	ck_3	prod.user123	2026-10-05 11:46:00	442800000	ACTIVE
tok_123	16ce487f0dd268b7a9d97856fe9ad255	1538cff008e1ea1cdb2f05b19f27c9e8	ck_4	prod.user124	2026-10-05 12:39:00	446400000	EXPIRED
tok_124	da851baa8110efc4490e3770c7c925d6	5294a04cd1676f35e8b7817479b55e10	ck_5	prod.user125	2026-10-05 13:32:00	450000000	REVOKED
tok_125	614305ccd95fc52e27eda7c36198b069	38aea53d0e6dd807690dd0b6157d7dc9	ck_6	prod.user126	2026-10-05 14:25:00	453600000	INACTIVE
tok_126	4481bc08972cebf7dd021f838bee6734	05b69561bb15dce026d1081e403c8140	ck_7	prod.user127	2026-10-05 15:18:00	457200000	ACTIVE
tok_127	9a4f648bc90e4fb765e3230abf618465	995a34b1ffe1d4a6cb065b6612a35e82	ck_8	prod.user128	2026-10-05 16:11:00	460800000	ACTIVE
tok_128	8b03c26081cb4094d80bd2bfad789e91	f867acfbadab232a914b2c969445f977	ck_9	prod.user129	2026-10-05 17:04:00	464400000	ACTIVE
tok_129	a1d9f06c3022cc164febb833bd2fc359	247bd8a89165a1df26ab8d2c34769000	ck_10	prod.user130	2026-10-05 17:57:00	468000000	EXPIRED
tok_130	88af4fcea4872598573293e9c29adf51	3d4d8663317687b5ecf7c74f99d1452b	ck_11	prod.user131	2026-10-05 18:50:00	471600000	REVOKED
tok_131	2e3233b34adbd3f61970576bf04e279d	1c361a255481f27bcb82083f2d65da1b	ck_12	prod.user132	2026-10-05 19:43:00	475200000	INACTIVE
tok_132	28165af9d94bb4c75c127b6166d57558	2a56405c43b9299c5419f25edbc7815b	ck_1	prod.user133	2026-10-05 20:36:00	478800000	ACTIVE
tok_133	49233931d705f19a3c145567974611f0	28fd681bb24698b17fa6200002422ebb	ck_2	prod.user134	2026-10-05 21:29:00	482400000	ACTIVE
tok_134	a603c077dcb9972099d2588ef0d3e4d7	d0143054bae58718dba0ade1fdd57b9e	ck_3	prod.user135	2026-10-05 22:22:00	486000000	ACTIVE
tok_135	0567a60dd4047a89f45f9d6f6edc0076	ae65c81d0495b995d78a4b4b83367b4b	ck_4	prod.user136	2026-10-05 23:15:00	489600000	EXPIRED
tok_136	d5f4be6e760d65c23830651b2407a777	89064dcf3bdfb18a87a3db294ff141e1	ck_5	prod.user137	2026-10-06 00:08:00	493200000	REVOKED
tok_137	2117188c01fbd892847e9648b5b78dbb	d0254abf5b0cf6dc2e1ab218c9027dc5	ck_6	prod.user138	2026-10-06 01:01:00	496800000	INACTIVE
tok_138	fc1579119294d1eda07a26c7181b8522	58d061d7ec012ce0b0d8ccbecabed11e	ck_7	prod.user139	2026-10-06 01:54:00	500400000	ACTIVE
tok_139	ec594592362a5408507c0b81446d2edb	c02b0a98b6f7e7d80c13eacf71dfb287	ck_8	prod.user140	2026-10-06 02:47:00	504000000	ACTIVE
tok_140	345526a496ac006c427c76e92b5cd178	06fb5030a2a67976725a230b08ce338a	ck_9	prod.user141	2026-10-06 03:40:00	507600000	ACTIVE
tok_141	ce3be555ff4e32c8a982138284fa508c	2d37e8b30ac1a442cf277c0115340378	ck_10	prod.user142	2026-10-06 04:33:00	511200000	EXPIRED
tok_142	d792f7f12ced5cd4557384417900e787	fb3e1b104d6a107c36d9a8bf03e86a2a	ck_11	prod.user143	2026-10-06 05:26:00	514800000	REVOKED
tok_143	d1e717e19d7e0e5c73d9c9d244be1594	4ed75da54c7a4cec036b7ccabf373ca7	ck_12	prod.user144	2026-10-06 06:19:00	518400000	INACTIVE
tok_144	5992cc50eda28e366d0085b7fe420e4a	2d27c90ef5023c4250d046cf792810b6	ck_1	prod.user145	2026-10-06 07:12:00	522000000	ACTIVE
tok_145	09ca53028c9968c3047179de24107706	283d41ed925dc3c54279f879797c717b	ck_2	prod.user146	2026-10-06 08:05:00	525600000	ACTIVE
tok_146	0e420b1a8db4bb9902d21ae67e204d7e	256345d320dd1d55d003f2b58c6af95e	ck_3	prod.user147	2026-10-06 08:58:00	529200000	ACTIVE
tok_147	9fb09a9e213397b6ca22c32e592e1e87	9a8854a6bd2ae3c3164dcc2639913424	ck_4	prod.user148	2026-10-06 09:51:00	532800000	EXPIRED
tok_148	de79e65ba7e33c358957ec76cb8a3251	a60212814b994c919a92259f6e3117e0	ck_5	prod.user149	2026-10-06 10:44:00	536400000	REVOKED
tok_149	8850512f25a678e2df6ce421b77e2b29	c6f293dab4ee9c1794b660b247f8161b	ck_6	prod.user150	2026-10-06 11:37:00	540000000	INACTIVE
tok_150	6a22e44279dca861a4bbd99f9f408f8d	641552974bc07114e9c5236e0b5b1a71	ck_7	prod.user151	2026-10-06 12:30:00	543600000	ACTIVE
tok_151	9c9e4ef6c80cb04a486bda343953a652	50a2a7dae4253f32d38a808b03ec5316	ck_8	prod.user152	2026-10-06 13:23:00	547200000	ACTIVE
tok_152	b625811e09e19e2ffa3e0761cf113dee	32225e5797c8f513c4654964003eb9a6	ck_9	prod.user153	2026-10-06 14:16:00	550800000	ACTIVE
tok_153	6fa70675e41c5a35cf751e17637e7cfe	58f1be792b52021de05ff3081571f008	ck_10	prod.user154	2026-10-06 15:09:00	554400000	EXPIRED
tok_154	c584d1a8fdd6f5300b45eac6a425f783	3fc5540651879c172d7821d7597cadd5	ck_11	prod.user155	2026-10-06 16:02:00	558000000	REVOKED
tok_155	243b28654abeaafc8050ec47fb32ee25	fffe81725967e97929f7e046b1d106ff	ck_12	prod.user156	2026-10-06 16:55:00	561600000	INACTIVE
tok_156	19de9b428a242900be0fbea217bec7d6	04600a3d020e47881c33e2df535bffef	ck_1	prod.user157	2026-10-06 17:48:00	565200000	ACTIVE
tok_157	86c95f50ada8c5b36a34f52921dc50c4	4dada60a4028d58dd9f4535d97710cfb	ck_2	prod.user158	2026-10-06 18:41:00	568800000	ACTIVE
tok_158	a4b59c85e7aafcd2d063b68ddb62ce0b	e2e28c97945cbad1fb9ea2d3de321081	ck_3	prod.user159	2026-10-06 19:34:00	572400000	ACTIVE
tok_159	70f119473233bad80a7c9903ce8a7fd4	56c6d5ae94839530c8242222d7d43d82	ck_4	prod.user160	2026-10-06 20:27:00	576000000	EXPIRED
tok_160	8ece08ee55401d3f7d60e93e4c2c63fa	71d99b73812b1d3b5841bb70cb4f9903	ck_5	prod.user161	2026-10-06 21:20:00	579600000	REVOKED
tok_161	7c44f2fd8e5807665dba1ce31a677a1e	5f69e8b8dfec2f4da90d4171e3ec9722	ck_6	prod.user162	2026-10-06 22:13:00	583200000	INACTIVE
tok_162	7afc721c375dfd3b795e4818bc4ff21c	ee6376f3abfc6a7922c9298a7c68cb43	ck_7	prod.user163	2026-10-06 23:06:00	586800000	ACTIVE
tok_163	b8e7606cb3ca44da855b0674e24e3e9c	12f45dc6b64039eff53fa354a291b05b	ck_8	prod.user164	2026-10-06 23:59:00	590400000	ACTIVE
tok_164	c9518a126fb7cf57aae74542e231c74c	b73ed4a3586ccb6d9157a4b4042955aa	ck_9	prod.user165	2026-10-07 00:52:00	594000000	ACTIVE
tok_165	8b25b93893616ba26daa1c8954cdf0fb	5b205ee7b0a4095e7c48c13b3fcaa923	ck_10	prod.user166	2026-10-07 01:45:00	597600000	EXPIRED
tok_166	8135e44a016ea1d08a374d931e69e6bd	05d70d9642f0ac378de70d01902bc5ca	ck_11	prod.user167	2026-10-07 02:38:00	601200000	REVOKED
tok_167	f57a101c2dcae64dd5aec68d351785b1	846e065e55e90546f550a849f60e72f0	ck_12	prod.user168	2026-10-07 03:31:00	604800000	INACTIVE
tok_168	3274364f39897afe4c6f6926d7d6756a	23cc00bfc8a561634aadf2d691f3beff	ck_1	prod.user169	2026-10-07 04:24:00	608400000	ACTIVE
tok_169	e8398e758d05ffccdb583b50267d4679	deb75a6f4fc311ebdae9fbddba5609b6	ck_2	prod.user170	2026-10-07 05:17:00	612000000	ACTIVE
tok_170	801fe83a18281b003fff2544418a43f4	e6cf98c759dfee227eb5b541508814cb	ck_3	prod.user171	2026-10-07 06:10:00	615600000	ACTIVE
tok_171	e2e45bb96d48edcab78fd4c80a92d0a3	2580ef3b7a0b5a26cdd23eb742040fa3	ck_4	prod.user172	2026-10-07 07:03:00	619200000	EXPIRED
tok_172	018b5318c67c1f217c804fa110ce7b54	af3e978d24df22c31d6238b412f385e8	ck_5	prod.user173	2026-10-07 07:56:00	622800000	REVOKED
tok_173	538e8a270f1d09c3b48e8560e42341da	f1560fbd3ee9f0d6f04e213b63305b78	ck_6	prod.user174	2026-10-07 08:49:00	626400000	INACTIVE
tok_174	6f0c213be310375e1bafa7f54d05fed9	1341059040bf5324d2e59bb475e6f34d	ck_7	prod.user175	2026-10-07 09:42:00	630000000	ACTIVE
tok_175	184bf46d7276a71c4b0d1df312dad2a9	0400f52cc9a1342c4ebd40af9fc865f0	ck_8	prod.user176	2026-10-07 10:35:00	633600000	ACTIVE
tok_176	91711b58fa7c98b2a0ae53c7d0d1ecd3	06a57fdb83c327e93ae71eff83a555c7	ck_9	prod.user177	2026-10-07 11:28:00	637200000	ACTIVE
tok_177	62049c65cc6491659eaf8b37704b1433	dcda182bea2fb50dae1eac9a203fba1d	ck_10	prod.user178	2026-10-07 12:21:00	640800000	EXPIRED
tok_178	88232c75836bda6e2b1f98e201698f46	70dd74c81ac3384a0137a7f5d0e0a8b7	ck_11	prod.user179	2026-10-07 13:14:00	644400000	REVOKED
tok_179	c3cca0758f12ed22ea876fbccdf348aa	1326e82c4d77bbc3638714f08bb7b74d	ck_12	prod.user180	2026-10-07 14:07:00	648000000	INACTIVE
tok_180	38c13d5e53a3d8fe13ae2c47ae725ec5	1283a9e06d44aada6999f96af7592d08	ck_1	prod.user181	2026-10-07 15:00:00	651600000	ACTIVE
tok_181	c2efbf1bf524b0e61665de1e3cf184ab	85b4d8d8c0fa60623959c7f6126bc696	ck_2	prod.user182	2026-10-07 15:53:00	655200000	ACTIVE
tok_182	76a5b0d8404ed801f8543d51ce08af3b	53d3b778dd69436811f2a7cdd5172747	ck_3	prod.user183	2026-10-07 16:46:00	658800000	ACTIVE
tok_183	86669772253d915e7922831a0a268659	bbab7d012487f8d45ac762a537afa36c	ck_4	prod.user184	2026-10-07 17:39:00	662400000	EXPIRED
tok_184	9ef89c61a3a6fda4c5d19fb70a20e40a	1d250dccf5b5306fca161cf7365e5d78	ck_5	prod.user185	2026-10-07 18:32:00	666000000	REVOKED
tok_185	4327e1aa77a7f522c8d73d35400b2a96	7518fbfd7d7dc4b02fe0ebb781fbc773	ck_6	prod.user186	2026-10-07 19:25:00	669600000	INACTIVE
tok_186	9bad9fc91de2dfd9c9b8aea29c08d78d	a3a91040f6c4ec97fe247e6913f8f471	ck_7	prod.user187	2026-10-07 20:18:00	673200000	ACTIVE
tok_187	4a19e0d97ff64bcd2793577d8ab2e391	4a57e3f0cb6b91a1b35fa4ac0f3b3232	ck_8	prod.user188	2026-10-07 21:11:00	676800000	ACTIVE
tok_188	b9699b8b98d67c4d23924a9c45dadf70	a42ab1b461ec080f7e9b49cd5d2cb2cc	ck_9	prod.user189	2026-10-07 22:04:00	680400000	ACTIVE
tok_189	c008d9e1d32cc78760f11bceb24f44da	e839a2f2af966c0153c36160c2944d44	ck_10	prod.user190	2026-10-07 22:57:00	684000000	EXPIRED
tok_190	f73e68a9f14486e2c87c786622096e72	6c3d93de1f9c7f0f269ca6f504ac368d	ck_11	prod.user191	2026-10-07 23:50:00	687600000	REVOKED
tok_191	113ce54560e5f181200a6c1f992f83ad	e046a175f85778e4cb1935f25c34ca11	ck_12	prod.user192	2026-10-08 00:43:00	691200000	INACTIVE
tok_192	ed950a65cd3ab0fc4d9acc699ec5caa7	ada9bf86f6b68c1c95fa471703977440	ck_1	prod.user193	2026-10-08 01:36:00	694800000	ACTIVE
tok_193	f1d91350b703e80dfc9162dd4d652aed	0dee09bdf45ad01c27a4240f97694ae2	ck_2	prod.user194	2026-10-08 02:29:00	698400000	ACTIVE
tok_194	72cdcb926d8392249b206ddd21c48045	ade8bcfc285d410588565c1a41127ff2	ck_3	prod.user195	2026-10-08 03:22:00	702000000	ACTIVE
tok_195	65c3c561b48fca6e0d3bff6fe503817f	f1d0767abe72c27ca4338aac9eb0072b	ck_4	prod.user196	2026-10-08 04:15:00	705600000	EXPIRED
tok_196	811adfc51c830a346cc94281f3266d60	a9c8881d22ece3da5fa7fb8222773a2b	ck_5	prod.user197	2026-10-08 05:08:00	709200000	REVOKED
tok_197	5dddf3bf593e3aedeff98ea27629881d	7c4bc88ea3dae7fab88b3b222890b380	ck_6	prod.user198	2026-10-08 06:01:00	712800000	INACTIVE
tok_198	78ae94fa0a32836ee2258007c8a55afe	d20094642c7770249f0325ac6600a916	ck_7	prod.user199	2026-10-08 06:54:00	716400000	ACTIVE
tok_199	9562f48e0767ebaed6b3d24c548459d2	2792a789b1772095917601a09f76e773	ck_8	prod.user200	2026-10-08 07:47:00	720000000	ACTIVE
tok_200	694aae2b5c169301bf7d85878b1121d3	d53c28d5a424e99637368efcaefec05f	ck_9	prod.user201	2026-10-08 08:40:00	723600000	ACTIVE
tok_201	f145efe92a5b4b28804fc217fe460dba	c7114971789f48c27a0579fb859b8889	ck_10	prod.user202	2026-10-08 09:33:00	727200000	EXPIRED
tok_202	61f2225db1854bb29be4d1c84cceded5	4a68d79ce927126c846b56a165755a1f	ck_11	prod.user203	2026-10-08 10:26:00	730800000	REVOKED
tok_203	c164b9b858ca216b1b731838688e9032	f30be761d8705b8f101069f2b60fdee0	ck_12	prod.user204	2026-10-08 11:19:00	734400000	INACTIVE
tok_204	0d9744166c15c077bf124a5941dff6d5	b152188f502a21e0d2509cff9488b47e	ck_1	prod.user205	2026-10-08 12:12:00	738000000	ACTIVE
tok_205	eadbcd62d8d11152d8afd57a998443d3	77a575df5397c9f3671964a75e74f0a8	ck_2	prod.user206	2026-10-08 13:05:00	741600000	ACTIVE
tok_206	46892b92f9292c4f749ae388ca9f07da	8a050649c6d2b9eb675d5c0a62ab5fa2	ck_3	prod.user207	2026-10-08 13:58:00	745200000	ACTIVE
tok_207	eedf4d9b393001f537500717b276f149	0094feea18a338e53f1e6460ec6eeb39	ck_4	prod.user208	2026-10-08 14:51:00	748800000	EXPIRED
tok_208	1a962a7f776569dfb9f47942f133e541	5ecba8f20873f391e047f1ad45a43c45	ck_5	prod.user209	2026-10-08 15:44:00	752400000	REVOKED
tok_209	4cace5c8f37fc97328957c3ce46da278	0a681c877562475f87b1e062ad18c15f	ck_6	prod.user210	2026-10-08 16:37:00	756000000	INACTIVE
tok_210	159dd388cd7ef3699528ce309a69754e	7ba98ecce0cdef46a7ca3cb660539e55	ck_7	prod.user211	2026-10-08 17:30:00	759600000	ACTIVE
tok_211	a04a66a98062e8cde29dcd8d3023bbce	1969102a90f9810332c7e4f367cb593f	ck_8	prod.user212	2026-10-08 18:23:00	763200000	ACTIVE
tok_212	c9aa3c321fdade35e65bfa702f9d5c66	5837f1593f4cec6d415ab07da2f570d1	ck_9	prod.user213	2026-10-08 19:16:00	766800000	ACTIVE
tok_213	2986098e565b6c335adde5ad6e9bed2d	f4ace18f886791aa9cfc5c8493b21bcc	ck_10	prod.user214	2026-10-08 20:09:00	770400000	EXPIRED
tok_214	f02cdf8c1e68890ed14198eb4750500a	1fc64479dfd51583c3f020f5386b4a90	ck_11	prod.user215	2026-10-08 21:02:00	774000000	REVOKED
tok_215	e99a95b37364aaf7fe6574610973c8e6	01256a4c8bb90cb34d874641584e9cd7	ck_12	prod.user216	2026-10-08 21:55:00	777600000	INACTIVE
tok_216	fbfabb620c47f1d13dd671692d6297e5	1d325426fe4ff3ba5f363dc98fee82be	ck_1	prod.user217	2026-10-08 22:48:00	781200000	ACTIVE
tok_217	2025db8efcbcb1514b27c564a0a647ea	8f3210bd2f448c9ad0d3292d99c75e29	ck_2	prod.user218	2026-10-08 23:41:00	784800000	ACTIVE
tok_218	72fdddfe68c841a279db97c7f7344beb	bf160962b77a518f8371cd25c82ba34c	ck_3	prod.user219	2026-10-09 00:34:00	788400000	ACTIVE
tok_219	e0292aa48d551bf7c0c41a29a9c8d72c	a082508c4d1d8ed65d88d2a2582069b2	ck_4	prod.user220	2026-10-09 01:27:00	792000000	EXPIRED
tok_220	d5764517201170bdbfb006f80e52e3e3	ff315dcd816202a6b502bd7dab984660	ck_5	prod.user221	2026-10-09 02:20:00	795600000	REVOKED
tok_221	9592d7f043929faaf2edc650fb7be30a	e91d6cb279d56f37dff6797a24438ac9	ck_6	prod.user222	2026-10-09 03:13:00	799200000	INACTIVE
tok_222	bbd917fabbb3348c35d9b6b3ea11815a	a8b63483fb673f30f3b24a394d9b89f2	ck_7	prod.user223	2026-10-09 04:06:00	802800000	ACTIVE
tok_223	c400df53a1a3553a1e826ba944195a2d	e80a72de88f4544c7837cdb64ad01c0f	ck_8	prod.user224	2026-10-09 04:59:00	806400000	ACTIVE
tok_224	3a53ea5900b6e3bb5ab34b7fa741f085	02d211153f05d548bc5628f837be2878	ck_9	prod.user225	2026-10-09 05:52:00	810000000	ACTIVE
tok_225	0dccd849f5adb1db155f40a6dde75a0e	a86e6da091a61bc06734dec1ec381777	ck_10	prod.user226	2026-10-09 06:45:00	813600000	EXPIRED
tok_226	c9232aae68c21299d8a5d48d38f2ff21	b95cff765b73ae62af59144421bc775d	ck_11	prod.user227	2026-10-09 07:38:00	817200000	REVOKED
tok_227	f6426d41898f78342ff46eab0e110b8a	b88d167c3fdea9e0bc89dad382056248	ck_12	prod.user228	2026-10-09 08:31:00	820800000	INACTIVE
tok_228	67042c37582b9ac23691d513b7f7d003	0beb5350ec5eb4877d2fa59c7d7c3e8b	ck_1	prod.user229	2026-10-09 09:24:00	824400000	ACTIVE
tok_229	ce76015998845bab166045ddd4a79212	1cc35afb40f43af00f41f8414898e6ec	ck_2	prod.user230	2026-10-09 10:17:00	828000000	ACTIVE
tok_230	047625fe0191c87a2d7c90a6820855b1	8c89d8c6d6ae6c16634afdc63af1d21a	ck_3	prod.user231	2026-10-09 11:10:00	831600000	ACTIVE
tok_231	da2a423c641972642a4f8cb9c1eec1ba	3b4ad8754f3890eed7a546fd4b42bf3b	ck_4	prod.user232	2026-10-09 12:03:00	835200000	EXPIRED
tok_232	65b948a288ad7228e2fb9277acd29b35	f453f983b11f325973d92a3010357acb	ck_5	prod.user233	2026-10-09 12:56:00	838800000	REVOKED
tok_233	645d5509c56930c7a467dc528dbe27c6	ef04f40584443d4f915e02581750a537	ck_6	prod.user234	2026-10-09 13:49:00	842400000	INACTIVE
tok_234	8bb5631bb8c2e13a17511818e682de33	8f925fd466cb9d0208cfbbd6bb98926b	ck_7	prod.user235	2026-10-09 14:42:00	846000000	ACTIVE
tok_235	d10019c565391fce7ddf640588258856	afe2251adbc1c2f46e9e1d0c477a2582	ck_8	prod.user236	2026-10-09 15:35:00	849600000	ACTIVE
tok_236	bc7b51d17e675538bf414d09c10d0412	19bf211b71c3cf61365a344195828800	ck_9	prod.user237	2026-10-09 16:28:00	853200000	ACTIVE
tok_237	48915cb845c78e00755c70110a476406	b635ef21870479cc363a3a07f7e8a4a6	ck_10	prod.user238	2026-10-09 17:21:00	856800000	EXPIRED
tok_238	ceee0cc58ba376fc880e414b8f16e061	be8cfc75482281e2d59ff3f91e814c72	ck_11	prod.user239	2026-10-09 18:14:00	860400000	REVOKED
tok_239	ce302abaa965780a8f3aa47271edeff3	63018ee1d233d6fafda3be3b4b573bab	ck_12	prod.user240	2026-10-09 19:07:00	864000000	INACTIVE
tok_240	08caf9098f00e3eabece73015b77b5ed	ab957e84057a8b0022b28afa4691de98	ck_1	prod.user241	2026-10-09 20:00:00	867600000	ACTIVE
tok_241	55ebbd5e781964b42fd72ba79c88ffef	12569afe116f02f65232c0e601b59ebc	ck_2	prod.user242	2026-10-09 20:53:00	871200000	ACTIVE
tok_242	991786b2ae78360bf1b9ffcb501908a9	1810797e6c49ad9de9e60e9e2af0510f	ck_3	prod.user243	2026-10-09 21:46:00	874800000	ACTIVE
tok_243	36618be1f96466132fee2e8b68e5b220	2f87ae6212ab994ded59273b7aa8a82b	ck_4	prod.user244	2026-10-09 22:39:00	878400000	EXPIRED
tok_244	e4c540fa562d0a6d4ebee39aad70f4bc	06ced7a4a36a0becf38d6f9ccaae69c5	ck_5	prod.user245	2026-10-09 23:32:00	882000000	REVOKED
tok_245	ce2536999ef8a682f47d4d20af0c3a8d	5270a10cbbe3af14af3ef3fdb0f99a24	ck_6	prod.user246	2026-10-10 00:25:00	885600000	INACTIVE
tok_246	f550761d2a799cba2da1ba95f761acf0	798ec0b8afaed38b5ed25a2efee7c000	ck_7	prod.user247	2026-10-10 01:18:00	889200000	ACTIVE
tok_247	e4c46b73508abaeb7e52e953463f30d7	d77c0e8d8e6812179f3069b247c57b65	ck_8	prod.user248	2026-10-10 02:11:00	892800000	ACTIVE
tok_248	1becd4f915222ec6a8f92a1b4e2f214c	0ec1e61c6c84f199ddee2d642958723e	ck_9	prod.user249	2026-10-10 03:04:00	896400000	ACTIVE
tok_249	c99f507a95e5fc84a37cdc433594f6f2	50ee0359ff4ce67a47ddc8aea5a24b51	ck_10	prod.user250	2026-10-10 03:57:00	900000000	EXPIRED
tok_250	543de13e6c4803b037d90bab8de61345	79a0f4ef7165e56f4c7882557a9e66a8	ck_11	prod.user251	2026-10-10 04:50:00	903600000	REVOKED
tok_251	2937572597dd5e59e4c6858ae7759b93	faaaf4af22b11102b6fd70dd20169f23	ck_12	prod.user252	2026-10-10 05:43:00	907200000	INACTIVE
tok_252	3ea78ede2bb1922022b6cb6aa749b20b	7e9b21a296b5c9ea774a5c45a4b744e4	ck_1	prod.user253	2026-10-10 06:36:00	910800000	ACTIVE
tok_253	6ca57ffca81c22584f9a4e0548b63421	578927a00e2bb68227a7c6f68117e67f	ck_2	prod.user254	2026-10-10 07:29:00	914400000	ACTIVE
tok_254	9acd43e086a01054a30d3719565f26f3	c8a4527946e66e5e1c54c332a2956454	ck_3	prod.user255	2026-10-10 08:22:00	918000000	ACTIVE
tok_255	4ff901c3c92339f02ff4ef05c6499b51	2cb90dc94ed0a1e4af49502f811f7ce1	ck_4	prod.user256	2026-10-10 09:15:00	921600000	EXPIRED
tok_256	e3dd5969620cf52b887ce88a83351e20	ad5e4a22e7bf152c09c2a751b0d3e985	ck_5	prod.user257	2026-10-10 10:08:00	925200000	REVOKED
tok_257	78163b91da802a940607fb1c988427d8	9a324d0f0e3e2e8b8905c925f29e46af	ck_6	prod.user258	2026-10-10 11:01:00	928800000	INACTIVE
tok_258	a37a9657c8b02ada0f0206dbbc4ed6a1	aa134eaa980618111c981a2ed2a42648	ck_7	prod.user259	2026-10-10 11:54:00	932400000	ACTIVE
tok_259	8fc7964f53cdaa80ab61186f1361c61c	a72523e3ed6d6d2ee551e010ef7920d7	ck_8	prod.user260	2026-10-10 12:47:00	936000000	ACTIVE
tok_260	12390b62035c64bd7d62aef76e397f44	69a46758f9290e87eae6252d769a4c75	ck_9	prod.user261	2026-10-10 13:40:00	939600000	ACTIVE
tok_261	40a0d6723c1b095b1f92c7a6116045ce	de20fb0ba7f9d96b652d5c9f8b486efe	ck_10	prod.user262	2026-10-10 14:33:00	943200000	EXPIRED
tok_262	5479f1c43abcd6208ab78ad7245c4c19	a575badab4603f46cb119ee3a374e769	ck_11	prod.user263	2026-10-10 15:26:00	946800000	REVOKED
tok_263	d1b09f990499a40737cd3134db83b97c	a89c1c0976be021425f14e9b99acef4c	ck_12	prod.user264	2026-10-10 16:19:00	950400000	INACTIVE
tok_264	a23ebcb4ba43a60f02956668b4e1e292	54351fcec13c2dcdd5197b5ad5a3d872	ck_1	prod.user265	2026-10-10 17:12:00	954000000	ACTIVE
tok_265	67b1f961e218ddcbf0120cd004823664	bf5e75bd826143851df29efab591ab51	ck_2	prod.user266	2026-10-10 18:05:00	957600000	ACTIVE
tok_266	d8fa4a13d6b73db35a4f8fae015bcde1	d5fdc30566ce2e0d9b0b982d11db3dcf	ck_3	prod.user267	2026-10-10 18:58:00	961200000	ACTIVE
tok_267	bc65cc484ef7ed1f542894af032f0607	204ae14fa2220416ccfff52c42f0b8ab	ck_4	prod.user268	2026-10-10 19:51:00	964800000	EXPIRED
tok_268	7b4c3eb6703efdf0ec6460fbd39a8ccd	532f85bdf9e0caad3c79a6feeee24492	ck_5	prod.user269	2026-10-10 20:44:00	968400000	REVOKED
tok_269	ab4e5316237a82cf30560ab40d595a3c	88c9b149035a1739046037fcd017f67f	ck_6	prod.user270	2026-10-10 21:37:00	972000000	INACTIVE
tok_270	9018f84e0fb3169ffa054b9196955bdd	01b318716071e01a648978f7f0f4217a	ck_7	prod.user271	2026-10-10 22:30:00	975600000	ACTIVE
tok_271	8ff439b03c14c90a5716e4e2042054cb	c0ad58d8958f2cee60f5acb52c4ee136	ck_8	prod.user272	2026-10-10 23:23:00	979200000	ACTIVE
tok_272	0c6f5e916171721859ce9a20aaaec9d5	334699cfeb53e8f0471af527072e36b7	ck_9	prod.user273	2026-10-11 00:16:00	982800000	ACTIVE
tok_273	4a3f2a74cb50824465cdbfbaf0261b8d	723c4229825deebc50b55f6c6f6e630e	ck_10	prod.user274	2026-10-11 01:09:00	986400000	EXPIRED
tok_274	51e56984c90e5d958dd2430adb64d6f0	b881deeed4c577e29257c9f2d1cc6acb	ck_11	prod.user275	2026-10-11 02:02:00	990000000	REVOKED
tok_275	37150a695aa61ae2d1a532f5cc1e190c	f126504a01ec35f05ba11cc63a674e16	ck_12	prod.user276	2026-10-11 02:55:00	993600000	INACTIVE
tok_276	2d612bcdbca6ea045b6d9f329de64723	917d49d6b56b298aa6952b71063b31b3	ck_1	prod.user277	2026-10-11 03:48:00	997200000	ACTIVE
tok_277	0e89e2d598829a58305812d6eec589c6	29eee22b32e6f4338b1c4fad0eb64fb7	ck_2	prod.user278	2026-10-11 04:41:00	1000800000	ACTIVE
tok_278	0b4e21d853b1b71b60506111cb1090ba	e400ce47a8305d44499cd3859186f9b5	ck_3	prod.user279	2026-10-11 05:34:00	1004400000	ACTIVE
tok_279	408a20d6e30336d1c26809e17e5f3a4c	d4650ec62cee7fd2c3f5e9ff019a1c3b	ck_4	prod.user280	2026-10-11 06:27:00	1008000000	EXPIRED
tok_280	c4a49a59a072d442e698c9251ab523b7	30cf50f1aef62993942de057e79bdef2	ck_5	prod.user281	2026-10-11 07:20:00	1011600000	REVOKED
tok_281	39980561b3337ff45b059be34d18f881	f4e4bc8d4205fb142a2c39bb5cc3e283	ck_6	prod.user282	2026-10-11 08:13:00	1015200000	INACTIVE
tok_282	756577a6b718c4cc7d88a56b27900c72	4b9d3220293a5973e6c475c7f1aeb27e	ck_7	prod.user283	2026-10-11 09:06:00	1018800000	ACTIVE
tok_283	f841f2e20af6492c5c6427a979138938	c4dcc9c38120160fa26b8a423e558d9c	ck_8	prod.user284	2026-10-11 09:59:00	1022400000	ACTIVE
tok_284	6c7c54bab657aa63eb8b0377043bd0a8	e58849375131fed5cdd6bfad36652fea	ck_9	prod.user285	2026-10-11 10:52:00	1026000000	ACTIVE
tok_285	cab5d07b9447f78c97c969b4444e5ded	3665a70be3e45d4b5a44d26758c63e8f	ck_10	prod.user286	2026-10-11 11:45:00	1029600000	EXPIRED
tok_286	94427f58e3d89924813c8d7ab4615e56	2640e05648c62d4a8ee05a143d295687	ck_11	prod.user287	2026-10-11 12:38:00	1033200000	REVOKED
tok_287	a6e1a75123f3a6708d6d8b8a1d121a35	ba2406439090b14ed736a6258f00260c	ck_12	prod.user288	2026-10-11 13:31:00	1036800000	INACTIVE
tok_288	9246c9306968c7ea97b81d4ae01bb86a	40c95fcec3631eda7c8ff3c75ca9c96d	ck_1	prod.user289	2026-10-11 14:24:00	1040400000	ACTIVE
tok_289	d0fd9d38a621d7f496213cf5efa77579	4eee14cae7da10244d7a77fd4a03c872	ck_2	prod.user290	2026-10-11 15:17:00	1044000000	ACTIVE
tok_290	75ec2d614486f50a9eb499daf29c0c95	0c09cddbffa065a1252c8d0c34783ef4	ck_3	prod.user291	2026-10-11 16:10:00	1047600000	ACTIVE
tok_291	a6cb1abf3d2925a3ca4b86bc2af68228	0a0abcc95402254f56c4a53a8edc5975	ck_4	prod.user292	2026-10-11 17:03:00	1051200000	EXPIRED
tok_292	a5cdef6f11778c42042dc1c27c466377	d0165789aba56d6cb58187dd7a795542	ck_5	prod.user293	2026-10-11 17:56:00	1054800000	REVOKED
tok_293	b49db9f49bfbcfbe8d1e449409bbe60f	cdc7a788d0e340ec294a878161d8d33b	ck_6	prod.user294	2026-10-11 18:49:00	1058400000	INACTIVE
tok_294	af21a48c8c0e02902aa538ac404b0740	0bdb406be1db3b0b7132bf71668378f4	ck_7	prod.user295	2026-10-11 19:42:00	1062000000	ACTIVE
tok_295	7126d277c0b049e602ebdf5ba4e7dd22	140834f67b4606b9168295528d1a6ec1	ck_8	prod.user296	2026-10-11 20:35:00	1065600000	ACTIVE
tok_296	87dacd77666af99150da3cdc74ec399f	5e0d97a95985783a275ab3e17c1dbc70	ck_9	prod.user297	2026-10-11 21:28:00	1069200000	ACTIVE
tok_297	62324baadb326785e09a9441144efef7	38c3e61007e59349ef71099fae43389d	ck_10	prod.user298	2026-10-11 22:21:00	1072800000	EXPIRED
tok_298	39b8743204a90a26b11b2cf2eadde150	8053ba769f1c7b0bb56dd3fb9bfada4d	ck_11	prod.user299	2026-10-11 23:14:00	1076400000	REVOKED
tok_299	99aba9d8f7815b48ad44b92fcb123b60	e51380564b253796fe544a46f71db29c	ck_12	prod.user300	2026-10-12 00:07:00	1080000000	INACTIVE
tok_300	cab9246b2402afaf0f9a07a3eedce8dd	18f66167827a365494627866725a9b16	ck_1	prod.user1	2026-10-12 01:00:00	1083600000	ACTIVE
tok_301	724e7c9d1e2485ff12f3e74bff678e3d	939a09e59214cfefa1a0a9a133b9caa1	ck_2	prod.user2	2026-10-12 01:53:00	1087200000	ACTIVE
tok_302	5ce8870e42a5a6042e3a7c50c2f23506	89bc27147cd19fcc6f312468ec686b8f	ck_3	prod.user3	2026-10-12 02:46:00	1090800000	ACTIVE
tok_303	33004fb5b8509ae234536c3f1ab2ba27	9d9577a35175d91057734208ae4d5bd7	ck_4	prod.user4	2026-10-12 03:39:00	1094400000	EXPIRED
tok_304	df34777011c5304b77b2adbd7ff181da	f572dc4f682f22b66d286dbd76438220	ck_5	prod.user5	2026-10-12 04:32:00	1098000000	REVOKED
tok_305	fb36ce4230431f949eddc3726fddc37d	a2b904b3e5558ab24845ddaf74ae7ca6	ck_6	prod.user6	2026-10-12 05:25:00	1101600000	INACTIVE
tok_306	5298cf32eed49691e7fdad5db89e0abd	e306bf05b857570c2d72b5529b033138	ck_7	prod.user7	2026-10-12 06:18:00	1105200000	ACTIVE
tok_307	6f97c2945042c9da9cc2264fd2de143c	545c6a019648970aaafe604c88830280	ck_8	prod.user8	2026-10-12 07:11:00	1108800000	ACTIVE
tok_308	de835f72df05e7911e6192b9a9241fc9	ade5430cfbb923f16c10d5d58ba54eb8	ck_9	prod.user9	2026-10-12 08:04:00	1112400000	ACTIVE
tok_309	7311543877e9c8a56ba31bd738071900	40b1049fd079853211e8fa7920f6b15d	ck_10	prod.user10	2026-10-12 08:57:00	1116000000	EXPIRED
tok_310	e9ae31b1bff7f67682e7c587cc569ecc	d58245e5b4b2fee6260e6bd33fb240a1	ck_11	prod.user11	2026-10-12 09:50:00	1119600000	REVOKED
tok_311	6c8bceeda23513282f0fba2069606299	4ba20acd01a0d78df3182f16af60e6a1	ck_12	prod.user12	2026-10-12 10:43:00	1123200000	INACTIVE
tok_312	f79f71fb7f8bdaf4454558cdab3dacff	838c6096642f616895a0b8782796447e	ck_1	prod.user13	2026-10-12 11:36:00	1126800000	ACTIVE
tok_313	6d0aabd78001526422948113eb2ea87d	3b9ab3a3bc2e9fc14301e78e5d772fca	ck_2	prod.user14	2026-10-12 12:29:00	1130400000	ACTIVE
tok_314	d0b74c997c15c048914e5dd5f1b251e0	6ec975fcbfd4bdfd88e56241be2e90ef	ck_3	prod.user15	2026-10-12 13:22:00	1134000000	ACTIVE
tok_315	d1bafa48e4f1b6cb027928ca9b3e75ed	64fa67c4155e1a216dd287f75b9d401a	ck_4	prod.user16	2026-10-12 14:15:00	1137600000	EXPIRED
tok_316	18c5b981fabbd66df53204d1d38d49b3	0ca3be071127b561581d91ece0221a39	ck_5	prod.user17	2026-10-12 15:08:00	1141200000	REVOKED
tok_317	0df7ddd7dcd2e641c4edfc3085ef1146	fac84c69c04de0ba78b4df76812242cf	ck_6	prod.user18	2026-10-12 16:01:00	1144800000	INACTIVE
tok_318	1c716583248283a12a4af9baa1bac871	543ca3dcdae95f42b944714458ef6573	ck_7	prod.user19	2026-10-12 16:54:00	1148400000	ACTIVE
tok_319	aa628df4143b4e3f728ebe049012ea55	a804198ec5cc0e01ce63fd28c3d8a3cc	ck_8	prod.user20	2026-10-12 17:47:00	1152000000	ACTIVE
tok_320	a84396d4a93fc4728c7395017e6877be	071edc9aed180641e13485a24721a475	ck_9	prod.user21	2026-10-12 18:40:00	1155600000	ACTIVE
tok_321	39cd3aaa9d5062d7312862bb649c74a2	2c072fce4a915a32981772b50d73774b	ck_10	prod.user22	2026-10-12 19:33:00	1159200000	EXPIRED
tok_322	b2d1e57a061c09c271f8dc08d7da7f31	feeb1a19e8d63c3c2427da107dcc13e6	ck_11	prod.user23	2026-10-12 20:26:00	1162800000	REVOKED
tok_323	4a9c5a36db9e7baf3db739b27b0ef0d7	a229fdb4eae878db5746cf1ed9633141	ck_12	prod.user24	2026-10-12 21:19:00	1166400000	INACTIVE
tok_324	a473a75dddccd7055c505091358f20bf	0dd0c1d868b274f6509316a09e11b0aa	ck_1	prod.user25	2026-10-12 22:12:00	1170000000	ACTIVE
tok_325	249aab37e20bdda595d2842cbb78776e	b52f7cbd00859b763cff5c1f2ee9baf6	ck_2	prod.user26	2026-10-12 23:05:00	1173600000	ACTIVE
tok_326	2b02bfa1e5edfcdf25ad6652f1423047	4ee60ff12529c356a9be22c73a0d7e0a	ck_3	prod.user27	2026-10-12 23:58:00	1177200000	ACTIVE
tok_327	f21c3f46a221b81e81f2785181a72772	93812d228552d19b9ed7bbcd8fc1febf	ck_4	prod.user28	2026-10-13 00:51:00	1180800000	EXPIRED
tok_328	8776cab10b99c906048f1872f2d02640	32fa30fe996a5b0eb689e6c93cd30a69	ck_5	prod.user29	2026-10-13 01:44:00	1184400000	REVOKED
tok_329	e44b321c4412b35a5be717f342a7c559	f2295ad5bfa55c4b8387e1b043a9fab7	ck_6	prod.user30	2026-10-13 02:37:00	1188000000	INACTIVE
tok_330	eaea82971909b21fb29fe70694204b3c	ab16b997971c395c430ca8cc3db46e72	ck_7	prod.user31	2026-10-13 03:30:00	1191600000	ACTIVE
tok_331	e665ce62e6d37e3e80aab39fae1d6ea6	0551746ab8c54d1356b9635f3973fba6	ck_8	prod.user32	2026-10-13 04:23:00	1195200000	ACTIVE
tok_332	b0bebe7ce279f2166d975ae0c18137e0	5689090361a73cf73c5d3cbcaad9825f	ck_9	prod.user33	2026-10-13 05:16:00	1198800000	ACTIVE
tok_333	f2738079da642faf80a4bc25858187fd	5c215eb751c8a7a7f95b28ba09c39827	ck_10	prod.user34	2026-10-13 06:09:00	1202400000	EXPIRED
tok_334	1bdb02eefbfda8ad4c10539c8f22f533	dd3d012ba1a3b099c458dbec7152f295	ck_11	prod.user35	2026-10-13 07:02:00	1206000000	REVOKED
tok_335	b5b8957b31d519599ecca2f22e94c17e	eeac00ab213292f23b8cba8be6ef1ec0	ck_12	prod.user36	2026-10-13 07:55:00	1209600000	INACTIVE
tok_336	3b3b12487a2eef20ccd0bd01f063f33c	f9bdc511f385d24e59c3bccc21e747ef	ck_1	prod.user37	2026-10-13 08:48:00	1213200000	ACTIVE
tok_337	a510e4eadb3ba12e44a4802ec127695e	2f4c7b2625b5c41aa8b2e7fe6ce399b5	ck_2	prod.user38	2026-10-13 09:41:00	1216800000	ACTIVE
tok_338	4c2a5a63d7db730df282fcc363b16a5d	13050b5e2cc4593ba212030fb9a92db3	ck_3	prod.user39	2026-10-13 10:34:00	1220400000	ACTIVE
tok_339	c480b74b3049e97123abb9b0e8dbda2c	c06a5430e4816ce08ef188ceb1fc66b3	ck_4	prod.user40	2026-10-13 11:27:00	1224000000	EXPIRED
tok_340	3aa85278824d61a33590d3131b2352a2	464415266ebc246038114b3adb753d61	ck_5	prod.user41	2026-10-13 12:20:00	1227600000	REVOKED
tok_341	ecc48efdbd18b0fa98461832ef5898e5	3975169092426b5b24b62fc1e659f0e2	ck_6	prod.user42	2026-10-13 13:13:00	1231200000	INACTIVE
tok_342	b0a0535f5445e0b88187b43098f857b8	c35bd08b0df5f9add50278cd05b00a4c	ck_7	prod.user43	2026-10-13 14:06:00	1234800000	ACTIVE
tok_343	7110b98708e3306f4eb98d5d4bb8d48e	ff4d3b478f45f08d88e2916a36833bd9	ck_8	prod.user44	2026-10-13 14:59:00	1238400000	ACTIVE
tok_344	e8c941b18973622b25b97e0f719638cf	e1c606ded4caef2c6e37bf79c74844eb	ck_9	prod.user45	2026-10-13 15:52:00	1242000000	ACTIVE
tok_345	7661ca28069c3cc5773aaf2158a4d935	07f29df7cd90aaccdccd7df295bd0054	ck_10	prod.user46	2026-10-13 16:45:00	1245600000	EXPIRED
tok_346	cfa6a46cc911dcb709267077151a9b4e	8fd77dbae2adf65bf9608bcbaac07d6b	ck_11	prod.user47	2026-10-13 17:38:00	1249200000	REVOKED
tok_347	cae3c8cc2e8ac7c2d98385777da0dbdf	58ea7d01c78697ca35ace2c32409ec84	ck_12	prod.user48	2026-10-13 18:31:00	1252800000	INACTIVE
tok_348	9b1b0ea002dce2beec9d74ef119fb829	fad9ce71bc5ff39ef8c53a7ff5d3c32a	ck_1	prod.user49	2026-10-13 19:24:00	1256400000	ACTIVE
tok_349	b64f7dc8ebc6155c38d001b441a885ef	0d0adc27e74d46066e95f609f1f1b0ff	ck_2	prod.user50	2026-10-13 20:17:00	1260000000	ACTIVE
tok_350	6b05e6238da88e8439be6059b2204ceb	17f91639350430df0b472ab906299e49	ck_3	prod.user51	2026-10-13 21:10:00	1263600000	ACTIVE
tok_351	906aa681cb8644b0c32035169b867e4f	755adb4cc112c2225178de18576c3952	ck_4	prod.user52	2026-10-13 22:03:00	1267200000	EXPIRED
tok_352	15b20c85c31dbf1ccb69a5f37d94d82f	07a25ed8b203fc77cccb392248da65a5	ck_5	prod.user53	2026-10-13 22:56:00	1270800000	REVOKED
tok_353	b5c27e915e8a92fd6102e406f631c5b6	3ebbdc5ae188049943de226d611342d9	ck_6	prod.user54	2026-10-13 23:49:00	1274400000	INACTIVE
tok_354	e0a688be76b086cc5ba555613564cc7b	f4537e3e02fd32f5a78c3dc7f550569f	ck_7	prod.user55	2026-10-14 00:42:00	1278000000	ACTIVE
tok_355	d7c332a80bf1da43da9bad98d9d4012e	ecf83757ee6f679e5ae8ccbf29d8c5b1	ck_8	prod.user56	2026-10-14 01:35:00	1281600000	ACTIVE
tok_356	41e0a106069bf3b96381a01d0228d81e	8fe76afd9dee48e483bb269d5960b258	ck_9	prod.user57	2026-10-14 02:28:00	1285200000	ACTIVE
tok_357	99393829f9a1cf1ff4bf0b05006e6deb	29db0c633abcae4afc113566b1f1c0f1	ck_10	prod.user58	2026-10-14 03:21:00	1288800000	EXPIRED
tok_358	2089991c23356b4d38bc055e67944084	4bfdffc5f57dbfedb0844185e7960ce9	ck_11	prod.user59	2026-10-14 04:14:00	1292400000	REVOKED
tok_359	9573a11ae0c68e854a43ef535cbc577e	4008838c0f3991641f73f1be03efc5ca	ck_12	prod.user60	2026-10-14 05:07:00	1296000000	INACTIVE
tok_360	9001b05865c266b41a62644fde3d1485	9432049b4f250a25840a99b880f05c38	ck_1	prod.user61	2026-10-14 06:00:00	1299600000	ACTIVE
tok_361	273c669c73d1c729ea079a4ed1c57b56	8c3db2cf4488d3bc9aa641b5fa05ec20	ck_2	prod.user62	2026-10-14 06:53:00	1303200000	ACTIVE
tok_362	7f7c3be5834f86e0ac795a25e2e155d5	9018b203688d52ac36f576f56539d2ad	ck_3	prod.user63	2026-10-14 07:46:00	1306800000	ACTIVE
tok_363	2cb9f3aa9e619bfb5c1d87aef9eb3d1c	19a4512c147feffcc68b9a6a805173c3	ck_4	prod.user64	2026-10-14 08:39:00	1310400000	EXPIRED
tok_364	8a3fc3b54ada012e686a9ca52e255238	f2c1e7879c08c5a280ce8cc56145ab9a	ck_5	prod.user65	2026-10-14 09:32:00	1314000000	REVOKED
tok_365	7348e09333d2788d8584fb5b60c82c54	dba223b49d05fd21b92217bec5d21dd2	ck_6	prod.user66	2026-10-14 10:25:00	1317600000	INACTIVE
tok_366	a6e100f0e1ad441248a9c8dc43ffa506	c4e7454b9b8415733cd322f0937d2122	ck_7	prod.user67	2026-10-14 11:18:00	1321200000	ACTIVE
tok_367	4a34fce382d4327d760f7056485e9b45	50e780bff3958951f4e2d692f03dbecc	ck_8	prod.user68	2026-10-14 12:11:00	1324800000	ACTIVE
tok_368	19b6e390442dac4ca853c9096e6e55f8	caa33ca63dd0955d7d25f860b019a984	ck_9	prod.user69	2026-10-14 13:04:00	1328400000	ACTIVE
tok_369	c8152078a75c83b8637e515f60c3ea12	a2cf1f1b5f0404f01429ca9d2773a123	ck_10	prod.user70	2026-10-14 13:57:00	1332000000	EXPIRED
tok_370	21ee68fdbb7ba35e75b59b7c06a3f775	b7994c9806a9deaef90a996d17d02571	ck_11	prod.user71	2026-10-14 14:50:00	1335600000	REVOKED
tok_371	d4d58fe739a23a35e878f3f761c63e60	854a5ade98ed9f2d3689e7b5bce8b193	ck_12	prod.user72	2026-10-14 15:43:00	1339200000	INACTIVE
tok_372	84bdadb474130b48664fa626bfcf79f4	83dfe4b601c951ac9d1bf155d5fbc07f	ck_1	prod.user73	2026-10-14 16:36:00	1342800000	ACTIVE
tok_373	ab2c730a2d70f4b3f009c1f0ea039021	ef92e8d0437cc87a84acfbd52c4a0935	ck_2	prod.user74	2026-10-14 17:29:00	1346400000	ACTIVE
tok_374	45c30c29164bbc767ce1d81dee76c1e6	1a535b8bd9af68b1482167baf524178d	ck_3	prod.user75	2026-10-14 18:22:00	1350000000	ACTIVE
tok_375	16293e1996f5c0794e00eb25ceee2ad2	526ad9649c9091b9641c676f37afe6ff	ck_4	prod.user76	2026-10-14 19:15:00	1353600000	EXPIRED
tok_376	ed2beb33a56885a3d672ce0f96134751	58a3254fdb1104384206ade900730de6	ck_5	prod.user77	2026-10-14 20:08:00	1357200000	REVOKED
tok_377	1c2bb870e3d10bfc75d72a5411a5ad63	84d644a296cbcdecbef41d5fdadf56ad	ck_6	prod.user78	2026-10-14 21:01:00	1360800000	INACTIVE
tok_378	1fb257972b9047281ed5ae3a39060362	a8c96395f3e2d23153a424106d55dacd	ck_7	prod.user79	2026-10-14 21:54:00	1364400000	ACTIVE
tok_379	dca8ffc593d6b6906937c9dcc0f9f49e	17c9dc52c4a4fd980e9e8c7e27d46aaa	ck_8	prod.user80	2026-10-14 22:47:00	1368000000	ACTIVE
tok_380	4a2b3b3095497483c7f03b5ca4c42973	f6ea9912e1cd47120e2ccf127649c9f4	ck_9	prod.user81	2026-10-14 23:40:00	1371600000	ACTIVE
tok_381	c761c37a83c954e40a25a0669608a1e8	c1aabff315607124eff369b982c78b9b	ck_10	prod.user82	2026-10-15 00:33:00	1375200000	EXPIRED
tok_382	c47b9485d4a2e2b82b17f45270a86c21	f8c670ebe63d2c98435f96ea920c119e	ck_11	prod.user83	2026-10-15 01:26:00	1378800000	REVOKED
tok_383	cb525c11e48748f5ceb6c4e528bd804c	bc237310dad0482a11d5a1b8f83a1cb7	ck_12	prod.user84	2026-10-15 02:19:00	1382400000	INACTIVE
tok_384	3cc88ffb74141e6c9dd9e8c1e4f1ba4e	866a58aeef62fda69647b4c6dce20843	ck_1	prod.user85	2026-10-15 03:12:00	1386000000	ACTIVE
tok_385	9b295a48adfdbe1251412126f8724121	86a4d4bac369247c9d80a627105234d6	ck_2	prod.user86	2026-10-15 04:05:00	1389600000	ACTIVE
tok_386	bb20f90134c76d050d5de1fd21d1e27b	6bc9d7e85dd1328c93edd995aa80d675	ck_3	prod.user87	2026-10-15 04:58:00	1393200000	ACTIVE
tok_387	eb5a6267e70fd34fb8b18affc5bdcc5f	020528b6db97cb4d9a87fa88d03aa713	ck_4	prod.user88	2026-10-15 05:51:00	1396800000	EXPIRED
tok_388	25a55b355ee13294973439fe1f2ca740	c4efcb09637e27a683876d68214bd6af	ck_5	prod.user89	2026-10-15 06:44:00	1400400000	REVOKED
tok_389	5bcfaa9380f3f0d2e8458d5de713bd59	c95c99a653eaa5e1ceb1c48ed4833878	ck_6	prod.user90	2026-10-15 07:37:00	1404000000	INACTIVE
tok_390	b6739be51b7f3ede365f63141a8c84e5	549ebfef6a8a1b362156b2bf6ea1ad52	ck_7	prod.user91	2026-10-15 08:30:00	1407600000	ACTIVE
tok_391	b671531ee19fadf20d7286deb2cd8202	cda989d76955b55cd7aa36af24454b9c	ck_8	prod.user92	2026-10-15 09:23:00	1411200000	ACTIVE
tok_392	64c5082880fa585d4962ffe41972b66b	90235bf9e58b6aca9a1dd41645a3722f	ck_9	prod.user93	2026-10-15 10:16:00	1414800000	ACTIVE
tok_393	74dfa00123fd4a59086ac697909e7483	633ef73fd1ec9dfee3c05414f29720d7	ck_10	prod.user94	2026-10-15 11:09:00	1418400000	EXPIRED
tok_394	bf5a607686ea898a4192f49a498be3bd	9ef8560f9293429f4d1ee687687928be	ck_11	prod.user95	2026-10-15 12:02:00	1422000000	REVOKED
tok_395	966b190bccfdd9d717e4e051d075d5b3	e12c736cc8d2ed0b2d34732cafa49bec	ck_12	prod.user96	2026-10-15 12:55:00	1425600000	INACTIVE
tok_396	f855ca248ec723089dc5358ba0bf8c22	9d3110ebec51e68a2f7fd648ac884f51	ck_1	prod.user97	2026-10-15 13:48:00	1429200000	ACTIVE
tok_397	0f02168803b49e771d56a7f58b01e2de	ed59d68f78935aeede11e726eb7ba84a	ck_2	prod.user98	2026-10-15 14:41:00	1432800000	ACTIVE
tok_398	2cb51506b49b746c1b89ac5f7bef4457	16215f19237f32c584ac219742b98f42	ck_3	prod.user99	2026-10-15 15:34:00	1436400000	ACTIVE
tok_399	f74be887f6aa8da2464335eb09854b8c	b9d2b110e4c67dd5cdf56e9fbfc0ba1e	ck_4	prod.user100	2026-10-15 16:27:00	1440000000	EXPIRED
tok_400	ce2fca2987f38845bfd3881e435af9ab	fc99784935723d9119d8f8875eb63236	ck_5	prod.user101	2026-10-15 17:20:00	1443600000	REVOKED
tok_401	c69a31b74feb6cd6bbafc9e98571f3e5	3cf99793f05195feccb8d28cd0269b3e	ck_6	prod.user102	2026-10-15 18:13:00	1447200000	INACTIVE
tok_402	addad9b26d6f2a7dfd5c156b9b8a50fb	8b7ef7f0467d959c79ed6a68717d4f3a	ck_7	prod.user103	2026-10-15 19:06:00	1450800000	ACTIVE
tok_403	cbadaf5ec0e0a4f3b50a46bcb37ed78d	aff99d58b7bbd2263327131adc3c61f4	ck_8	prod.user104	2026-10-15 19:59:00	1454400000	ACTIVE
tok_404	c93f5c3def9bc19fbd8fb50e32d6d5c5	25431479135ede6541e92ef871969d8c	ck_9	prod.user105	2026-10-15 20:52:00	1458000000	ACTIVE
tok_405	ed7588c7568ece300f4e1a0907003d41	fb8b822dc8703d8f50f5525276abe420	ck_10	prod.user106	2026-10-15 21:45:00	1461600000	EXPIRED
tok_406	406282cb935a25ec399019bfce0145da	f8bb5cc11f655c456cb346f272f6fb9d	ck_11	prod.user107	2026-10-15 22:38:00	1465200000	REVOKED
tok_407	15b0cc6c3859635ea1ee1fb3d8732eea	7ac10ccab95eba99a24afded96a861df	ck_12	prod.user108	2026-10-15 23:31:00	1468800000	INACTIVE
tok_408	81da8fc72df96e54efccb4b702b43c8f	5d7e95e43441237960aae55c56482420	ck_1	prod.user109	2026-10-16 00:24:00	1472400000	ACTIVE
tok_409	db8329f99bd768515a04d6ed533ba940	595efe17c597f27b77f30010f77ecf33	ck_2	prod.user110	2026-10-16 01:17:00	1476000000	ACTIVE
tok_410	092ba15cdb4c896366b33c38bc4130e6	2b9e6fc4fe4e4c7121358318e295c487	ck_3	prod.user111	2026-10-16 02:10:00	1479600000	ACTIVE
tok_411	f73c8379abb6b0be5850b3caca1d0e41	55fe1235af514fad9e1b03f1fd0784a4	ck_4	prod.user112	2026-10-16 03:03:00	1483200000	EXPIRED
tok_412	7e60ed543d05014f1032049b4880ad8f	0956945adca41ee061e96ca9e780534e	ck_5	prod.user113	2026-10-16 03:56:00	1486800000	REVOKED
tok_413	10898efceed51ba4ae4199b47e501833	27a46c2df28f8af00ef9259d2cd01a05	ck_6	prod.user114	2026-10-16 04:49:00	1490400000	INACTIVE
tok_414	09bc13daca8c7bb16452f74cb3a850e4	1ff7b8eb0135f3cdd44b5f752b6a4ae0	ck_7	prod.user115	2026-10-16 05:42:00	1494000000	ACTIVE
tok_415	7529d95d01e2a50e906cc33e6eb9813b	3af66bcfb58d902216c54b25ea92ccb1	ck_8	prod.user116	2026-10-16 06:35:00	1497600000	ACTIVE
tok_416	5bed110c655dde30b080346aedd8aeed	ef24cc83d9281afff1cfcee298bd7b05	ck_9	prod.user117	2026-10-16 07:28:00	1501200000	ACTIVE
tok_417	b3e501eaf35f16ecdcd8b1f0ceb28547	fad17ecc637ee1467a09ee343b6d7436	ck_10	prod.user118	2026-10-16 08:21:00	1504800000	EXPIRED
tok_418	af1b9537dedbf18224de9c31c17ef1fd	657c98bdfb677b60f65bb62402e33051	ck_11	prod.user119	2026-10-16 09:14:00	1508400000	REVOKED
tok_419	4710eba807bf256046e87c974d371f69	03ca97b2d817fb7a19e89510332a1a4b	ck_12	prod.user120	2026-10-16 10:07:00	1512000000	INACTIVE
tok_420	63a8373c6ea6284bc6161572b0ee0c28	18fec96fd66bb08b7bdfe787040e98dd	ck_1	prod.user121	2026-10-16 11:00:00	1515600000	ACTIVE
tok_421	5e7132648fefdc9a10c35014fc52f7c1	ababb6af71cff5fa0a31704f759aa65c	ck_2	prod.user122	2026-10-16 11:53:00	1519200000	ACTIVE
tok_422	6477e026128e544acf2ef795a6dabe00	a93fb5996f171c96ce8d163ab0f4094e	ck_3	prod.user123	2026-10-16 12:46:00	1522800000	ACTIVE
tok_423	87c5d92910031c9054f4523dd7c261e4	aefb3173da557203de1a1d8345ce9e98	ck_4	prod.user124	2026-10-16 13:39:00	1526400000	EXPIRED
tok_424	6def744f16fed279e1f5d315358af703	c225b169c8804e45fb7a302c235b8f53	ck_5	prod.user125	2026-10-16 14:32:00	1530000000	REVOKED
tok_425	1dd9826413dd39af4fe4f27d1a3479fe	60904453be3d9f7775716e21f1a4e3e9	ck_6	prod.user126	2026-10-16 15:25:00	1533600000	INACTIVE
tok_426	ee56da0f3af80e83d3982ebd78ae1142	075d95ba2ffa31af97fa0789bb7fa224	ck_7	prod.user127	2026-10-16 16:18:00	1537200000	ACTIVE
tok_427	16e2a31b2df9c3c0d439510178a9fac7	fc710388e19696054da94fc21e910f0d	ck_8	prod.user128	2026-10-16 17:11:00	1540800000	ACTIVE
tok_428	d8a12a3a49b20543412cba4a3009dc57	bcea1024c32feadc27d4aa61986347e9	ck_9	prod.user129	2026-10-16 18:04:00	1544400000	ACTIVE
tok_429	26333881923b2780b93586bdda7f0f5f	c3d59adffe9c311a234ec064674dc843	ck_10	prod.user130	2026-10-16 18:57:00	1548000000	EXPIRED
tok_430	1df460cbc9c65d8c5491dc189c7815c8	13f365fcb0013ab3417788973ad7e6a3	ck_11	prod.user131	2026-10-16 19:50:00	1551600000	REVOKED
tok_431	17e809a49a5471d0c756e1a3d94ea01f	b84c81cde80e4779b1582727ffc015e2	ck_12	prod.user132	2026-10-16 20:43:00	1555200000	INACTIVE
tok_432	45f6fe65494b976b7cacaa23978f484d	b32a1469875189a38f72a7bd3b6850ad	ck_1	prod.user133	2026-10-16 21:36:00	1558800000	ACTIVE
tok_433	5c5b26d1f45590ab26aeba508ac07e6f	3e9a5b5bca4d64e9c7344cd000a9dfad	ck_2	prod.user134	2026-10-16 22:29:00	1562400000	ACTIVE
tok_434	0bff1a0c7015736e6244079abaf81507	4a405b1095f5193ca8c969dd7726e037	ck_3	prod.user135	2026-10-16 23:22:00	1566000000	ACTIVE
tok_435	8a1cc70198d710dae983fd0b09c53805	79ac96145125659757e60de1f17a39ee	ck_4	prod.user136	2026-10-17 00:15:00	1569600000	EXPIRED
tok_436	1152d63518e5f035f83bfec18a785c9b	ef4f0d247faf501d650f64d67fd469bb	ck_5	prod.user137	2026-10-17 01:08:00	1573200000	REVOKED
tok_437	d870d2050bb680ff600e81a5866cec6f	fc3e523dad344ee59998fe8b7ae5618e	ck_6	prod.user138	2026-10-17 02:01:00	1576800000	INACTIVE
tok_438	4ac40b7adace559b1233b4caab62471e	ddd28b14449910d268779ad28d525c62	ck_7	prod.user139	2026-10-17 02:54:00	1580400000	ACTIVE
tok_439	4c5ed9cf5abee9fc0db58ea5aa6d4491	3aada6ef599f0bd8de962f5c3c3ab846	ck_8	prod.user140	2026-10-17 03:47:00	1584000000	ACTIVE
tok_440	7be4bb01aaafd7cdf4bd90b2f61bea91	3c06de1ef49adc218ed359ddd8d99c58	ck_9	prod.user141	2026-10-17 04:40:00	1587600000	ACTIVE
tok_441	fda53b0415a7fc00707a6249c5ba7b95	b97af76a46ea0c4773f2d5d654846dbd	ck_10	prod.user142	2026-10-17 05:33:00	1591200000	EXPIRED
tok_442	550304adc7c21b7953d38c5c052fe609	43ee8bf2e3f69f74acb6001bb9b83159	ck_11	prod.user143	2026-10-17 06:26:00	1594800000	REVOKED
tok_443	54abf2fefb7d4d38afb371bd7f34754a	e6977deb961bfd897ae241997e45f04c	ck_12	prod.user144	2026-10-17 07:19:00	1598400000	INACTIVE
tok_444	2af0440c340bc04d97d61b610cff0dcd	1990af04f21d8f3810d6654e1bc90e96	ck_1	prod.user145	2026-10-17 08:12:00	1602000000	ACTIVE
tok_445	a1f33badff1731d8ac5648a20768d510	1eb370a31dc534c468a66d16646332d1	ck_2	prod.user146	2026-10-17 09:05:00	1605600000	ACTIVE
tok_446	868f16eb5e1319faf9ace7282e556e1f	b0d4f7659f2e0bae6d25fa33f29d4e4d	ck_3	prod.user147	2026-10-17 09:58:00	1609200000	ACTIVE
tok_447	56dca7e4c376fbe3483c37356852362a	f317faf624ab7e7cea03d29f7f671122	ck_4	prod.user148	2026-10-17 10:51:00	1612800000	EXPIRED
tok_448	bbb726a73b8e3c0be3725abfc66af211	23361461f916fb09f288a042f6ef00ab	ck_5	prod.user149	2026-10-17 11:44:00	1616400000	REVOKED
tok_449	8dfcf5f1e3c4b311e8301cfd6affc666	f2564ed11fa04828b5390fddabf728d4	ck_6	prod.user150	2026-10-17 12:37:00	1620000000	INACTIVE
tok_450	9c1a61c3245b9403bccc15d0e7304198	f30468e1fa32b9cd8fb8c3787a5f924c	ck_7	prod.user151	2026-10-17 13:30:00	1623600000	ACTIVE
tok_451	403924e1d8496e6f8ccd9efcc5e3fd62	27913c065e70c89666d0b12df8cb21b6	ck_8	prod.user152	2026-10-17 14:23:00	1627200000	ACTIVE
tok_452	bced9b8d8cc15af9811042e568a8a8ae	a102ef0cf74583ae75db3262fe4fe588	ck_9	prod.user153	2026-10-17 15:16:00	1630800000	ACTIVE
tok_453	d9e19eaecddb3cfeb09128e9ba0a527c	10eb97e28381db904077b1b81b9f8aee	ck_10	prod.user154	2026-10-17 16:09:00	1634400000	EXPIRED
tok_454	185894dea120d24b8c1eb4fc7749c447	0f6d2f030c6796b7b800c99c7b194af2	ck_11	prod.user155	2026-10-17 17:02:00	1638000000	REVOKED
tok_455	ef805c651e9c8ffb823f2135cd1f5b36	83901b572f47928cdd77b8f2e24210d7	ck_12	prod.user156	2026-10-17 17:55:00	1641600000	INACTIVE
tok_456	95e691bf1df7de910c74f2962a430920	98884bfab1ee5bfe157ec3fdea05e6d0	ck_1	prod.user157	2026-10-17 18:48:00	1645200000	ACTIVE
tok_457	043dac249b98dc27b6a1deb57a4edc05	37ca2b94f6dadae5777d955352f186bd	ck_2	prod.user158	2026-10-17 19:41:00	1648800000	ACTIVE
tok_458	39b1fecfad458a044b9c9b1a93dd0d54	fe0d5fa8991ef0fa59e1e5e78051d709	ck_3	prod.user159	2026-10-17 20:34:00	1652400000	ACTIVE
tok_459	e4d5bc29373cfbd21af39b52ad27122b	31eba7c89e7eef2435518bb4d9725826	ck_4	prod.user160	2026-10-17 21:27:00	1656000000	EXPIRED
tok_460	41369a2372df1f56837a832f0d1c97be	394bac22c6fc81b7d48869c737068d48	ck_5	prod.user161	2026-10-17 22:20:00	1659600000	REVOKED
tok_461	b390dab0575e3d96b46754c4308eb184	d575857a59050f86d05344936909670f	ck_6	prod.user162	2026-10-17 23:13:00	1663200000	INACTIVE
tok_462	6cf65fb18e0dc4c44c0a3fa368507d2c	18a3bca5dfc91a72f41668ad3dc7c351	ck_7	prod.user163	2026-10-18 00:06:00	1666800000	ACTIVE
tok_463	8d9064c4e6e11a3c09f83623a8820b8b	d7660a527872043a97c46d907e0d5058	ck_8	prod.user164	2026-10-18 00:59:00	1670400000	ACTIVE
tok_464	0320019a5eac9a9f94fb76e82e247894	491508adb5dcbdd9921a843e877d1f5d	ck_9	prod.user165	2026-10-18 01:52:00	1674000000	ACTIVE
tok_465	0191e48476a203f43e326ec5de653eb7	d11506849a5f328f9ff897eabee47a8b	ck_10	prod.user166	2026-10-18 02:45:00	1677600000	EXPIRED
tok_466	f85e785adf3ec833b7e0271ddd253dd8	bda61d34d3a936f83461f02fcd3e6ba5	ck_11	prod.user167	2026-10-18 03:38:00	1681200000	REVOKED
tok_467	f025a3456aa289fdb65d641386a40095	522c173f64d7cdc4ae8686d1457aa320	ck_12	prod.user168	2026-10-18 04:31:00	1684800000	INACTIVE
tok_468	997db74359afb11be8f4916d1967beb5	41e49173cd829b2d2bb8e2d4264f5ede	ck_1	prod.user169	2026-10-18 05:24:00	1688400000	ACTIVE
tok_469	c104f08a699fc03569cc763344e35a55	a802e656cfd0cc041058d52197dfc25d	ck_2	prod.user170	2026-10-18 06:17:00	1692000000	ACTIVE
tok_470	838a379133c4c96f735662aa17b5461c	c477f797bb155eced7a61715d9b827f1	ck_3	prod.user171	2026-10-18 07:10:00	1695600000	ACTIVE
tok_471	2238f5c16d9286cb6d094b87727c76f1	62c83128e95e447ef517e0b104ff9423	ck_4	prod.user172	2026-10-18 08:03:00	1699200000	EXPIRED
tok_472	0dae30663f430e25182cc38e0fb7297a	e7539f4df79f3160940354ecbdaf599b	ck_5	prod.user173	2026-10-18 08:56:00	1702800000	REVOKED
tok_473	cad5c5ec34ed190e52ed9ac9693d016b	fdf6e1a2b128019a3f7ca2223386c600	ck_6	prod.user174	2026-10-18 09:49:00	1706400000	INACTIVE
tok_474	7c67bd818f97a23d1998515ae90ea3c5	09ace5d4f2905d9829f18761a16edacb	ck_7	prod.user175	2026-10-18 10:42:00	1710000000	ACTIVE
tok_475	c15858e994af25a7f283facdce87bc6c	b8c65ef64cf6cdc96d5498decbec0640	ck_8	prod.user176	2026-10-18 11:35:00	1713600000	ACTIVE
tok_476	4d08cdc4682457c9b7f0acd477e10424	a4aa6999d087113ff2e6a6f6b2fc09bc	ck_9	prod.user177	2026-10-18 12:28:00	1717200000	ACTIVE
tok_477	1739a3d10b67a5fcfba7c1d20b1c71a4	bf3a0be132d95dc0d8154c3194bdd1e8	ck_10	prod.user178	2026-10-18 13:21:00	1720800000	EXPIRED
tok_478	ff8279e8b1b2f6e420e65f7449845e12	6d19872b68a0e346a7a8ef7b8d2f06a7	ck_11	prod.user179	2026-10-18 14:14:00	1724400000	REVOKED
tok_479	fa5a501d68792d716eafab701c7ecc04	489be6f66713c6b5980f2d53b23fe951	ck_12	prod.user180	2026-10-18 15:07:00	1728000000	INACTIVE
tok_480	00b6e3d98025d210d186c474e220c979	22b8da151f1dfa8acc7a48a07a672299	ck_1	prod.user181	2026-10-18 16:00:00	1731600000	ACTIVE
tok_481	3cc51cdcbd7d6431b779b4a630157dbf	651848714cb907a797025a8ad4fe43a4	ck_2	prod.user182	2026-10-18 16:53:00	1735200000	ACTIVE
tok_482	d1e970d754189b184ec2ca16014077e6	40a8779fa4640220b24805dd8d7a2965	ck_3	prod.user183	2026-10-18 17:46:00	1738800000	ACTIVE
tok_483	e1e759a35b6341c73d8a8be98a2ab902	0219bbf1491664837e298c71ddd1b1ad	ck_4	prod.user184	2026-10-18 18:39:00	1742400000	EXPIRED
tok_484	68bdf7b8171dab4075b6a1eeea88ad7d	3ce142fdfde343c435a222d23cad95a3	ck_5	prod.user185	2026-10-18 19:32:00	1746000000	REVOKED
tok_485	289be8e3bc6d9a967351231af52978bd	db8d42a5ca7cd6dbc273f9087a34f552	ck_6	prod.user186	2026-10-18 20:25:00	1749600000	INACTIVE
tok_486	161e2c4f2c4528852e70fa8a8a097797	ed869b99a8c23852eb1d80cc0ccccd63	ck_7	prod.user187	2026-10-18 21:18:00	1753200000	ACTIVE
tok_487	0539e850d8b8fdda4d22dfb195614792	e72dc1de271b416f4099b2586caa214b	ck_8	prod.user188	2026-10-18 22:11:00	1756800000	ACTIVE
tok_488	a3098271ac4dedc3a0caaeb0523c49cb	e931d9e0ac9f8e342aa1ca99a07106e4	ck_9	prod.user189	2026-10-18 23:04:00	1760400000	ACTIVE
tok_489	3fd2f7f62a4166f2d05c2b5ea84ae2ee	ac2c81ce9843f742fb0438be40f9d406	ck_10	prod.user190	2026-10-18 23:57:00	1764000000	EXPIRED
tok_490	23d35f1b0404ce843eed301ce47dd6ec	7f133fcfb95d502400d882c64726b801	ck_11	prod.user191	2026-10-19 00:50:00	1767600000	REVOKED
tok_491	5a6333bd8384aba477c8e34831d6ec49	d077b1c14b1a1bda1e97c5bad0610184	ck_12	prod.user192	2026-10-19 01:43:00	1771200000	INACTIVE
tok_492	959d8d7f1821e71aeed6aeba47cffed6	49ff16bb52b7c520b6d95abcb8a40a73	ck_1	prod.user193	2026-10-19 02:36:00	1774800000	ACTIVE
tok_493	9b9005f9c0b85c1f11332b91fd618258	9ab30118dfc9d722f193aaa1de2ba19e	ck_2	prod.user194	2026-10-19 03:29:00	1778400000	ACTIVE
tok_494	0cdff9bdf4f40584005ade6af85301a0	4b9394b82df2005f348ffe11b25f1606	ck_3	prod.user195	2026-10-19 04:22:00	1782000000	ACTIVE
tok_495	9ad5d294579fcb52a9477d606b715613	7637cb062e423fe37906889137de6a67	ck_4	prod.user196	2026-10-19 05:15:00	1785600000	EXPIRED
tok_496	e231f93eb0fe646c460082bdf8678eab	93e9241b1943e2b69387ce3dba249e26	ck_5	prod.user197	2026-10-19 06:08:00	1789200000	REVOKED
tok_497	002457ce8ee25d52477b7dc2326d8eb2	dc78b550cd1c8e2be9114d9ed1b0cd0d	ck_6	prod.user198	2026-10-19 07:01:00	1792800000	INACTIVE
tok_498	588b29dfac326d1a2b7e7d0a89776ef5	ab4697a7b6cebd1f79120cec5af506cd	ck_7	prod.user199	2026-10-19 07:54:00	1796400000	ACTIVE
tok_499	e65f3de4f05eeb6128aefa50b68e5ae3	d881d61041da6e98e918f1c6e16b8bb8	ck_8	prod.user200	2026-10-19 08:47:00	1800000000	ACTIVE
tok_500	82d6c1ddf179323d3883d10df486dab6	e3242d370d454352709114633155ab7f	ck_9	prod.user201	2026-10-19 09:40:00	1803600000	ACTIVE
tok_501	d97a5d42f32cd8632c16cb47d57934d1	b879f6a023bde4be42cd6a8c6686c269	ck_10	prod.user202	2026-10-19 10:33:00	1807200000	EXPIRED
tok_502	7b433ca56d13a48092ab0eb1091895ed	57e54c6ef6cbe1401b207fe411a9a661	ck_11	prod.user203	2026-10-19 11:26:00	1810800000	REVOKED
tok_503	41b96b207f7627f98a61a5eb6cb9eec4	0aeffb0da27dd39353583326189dc18f	ck_12	prod.user204	2026-10-19 12:19:00	1814400000	INACTIVE
tok_504	71481574e9ba76281d4b878cc3b1b223	260aa40a89df540ed8135ba736a2acd5	ck_1	prod.user205	2026-10-19 13:12:00	1818000000	ACTIVE
tok_505	d56e013038873a6fce07fcc0bc07da41	8db7f8278830bbb9a9d2438fc9f32a53	ck_2	prod.user206	2026-10-19 14:05:00	1821600000	ACTIVE
tok_506	0c1a9554c4c3e12db8b7c74c82ee2754	5c0fbd5476f0f37745735ca4c196a2de	ck_3	prod.user207	2026-10-19 14:58:00	1825200000	ACTIVE
tok_507	567096c129fb08b729bf6c6c24b622d3	2911b706863255489180ea866d827831	ck_4	prod.user208	2026-10-19 15:51:00	1828800000	EXPIRED
tok_508	7136cdf1e40090b97101eaeb1fa47164	f7190b9df32a2ddf9d91929833980a3c	ck_5	prod.user209	2026-10-19 16:44:00	1832400000	REVOKED
tok_509	52521e0692561a66b023b57c753128ed	cca0b88a4a479e5495d17b113d16814f	ck_6	prod.user210	2026-10-19 17:37:00	1836000000	INACTIVE
tok_510	74e40f7ce586d5027094e44a0b5f30e3	a0a5c701925394bc338568016e6faf85	ck_7	prod.user211	2026-10-19 18:30:00	1839600000	ACTIVE
tok_511	b2fbacb2c6ff3fb8989a0f6243a4c0ea	6f1f613c299d865ab3836d9bba09bc99	ck_8	prod.user212	2026-10-19 19:23:00	1843200000	ACTIVE
tok_512	70281f581444d6f2ffef425b3a5746fe	b516b1efab5ada2697b50c2cd65179fd	ck_9	prod.user213	2026-10-19 20:16:00	1846800000	ACTIVE
tok_513	4765be29b9d02b05ccb2289f53c724e0	907fd5ccd14f46ffaaa2937921da51a5	ck_10	prod.user214	2026-10-19 21:09:00	1850400000	EXPIRED
tok_514	cad367a1beb0c9d31322ac95cf5b4624	c957189f544a783cc442ca2f846ead51	ck_11	prod.user215	2026-10-19 22:02:00	1854000000	REVOKED
tok_515	0b8a215c31fdb805c929b5a9a2c7a1f1	4a218d1c177488b1469cd6cfdafcfa16	ck_12	prod.user216	2026-10-19 22:55:00	1857600000	INACTIVE
tok_516	d92249061d4a76db0ae3c701b7496555	450a2ec119113d18bcc7b8624efb1b75	ck_1	prod.user217	2026-10-19 23:48:00	1861200000	ACTIVE
tok_517	fd22a1f0c9072f3ac364b0a4afe5da1b	c670d8122100dd8b8ec0ab706ddbb016	ck_2	prod.user218	2026-10-20 00:41:00	1864800000	ACTIVE
tok_518	5a63c64f95cb208d19ec001b72eb34de	8a726c33fae4c681e723bd4ddf664d58	ck_3	prod.user219	2026-10-20 01:34:00	1868400000	ACTIVE
tok_519	46a9b9a4bb72a9f76e6a0544d78614ac	d23e4caa22568975a38b82b6fbcb43f3	ck_4	prod.user220	2026-10-20 02:27:00	1872000000	EXPIRED
tok_520	5cd0a62f01d888253bc1ebf8a7d9f8ef	1cc87ceb7082aaad018bd725eb737a8a	ck_5	prod.user221	2026-10-20 03:20:00	1875600000	REVOKED
tok_521	ec05977dbde6bd2e78d2b0cebb74b31f	12476e7beea0110d761820696784e757	ck_6	prod.user222	2026-10-20 04:13:00	1879200000	INACTIVE
tok_522	7c96b882e9d248a929d7e845cb58ddf6	bd82fd9a071bb38f31761d4106ce4100	ck_7	prod.user223	2026-10-20 05:06:00	1882800000	ACTIVE
tok_523	92a114f6a6dcaef939dfd2eb9b28e0ba	e3325609fac060403229f87c920099bb	ck_8	prod.user224	2026-10-20 05:59:00	1886400000	ACTIVE
tok_524	eaebb3da1051d7ccf665e56e7e44d674	9b4cf85923b9257bb1be9dfd26b17535	ck_9	prod.user225	2026-10-20 06:52:00	1890000000	ACTIVE
tok_525	e5d6713476a3fa7cad44d6aec717e25e	046189aad2cbbbc8962fc440d0e20cc8	ck_10	prod.user226	2026-10-20 07:45:00	1893600000	EXPIRED
tok_526	7b2800428e48adc8fb5ca09f29ac525e	6e8ef15c8b8dec451a182a9a8e890993	ck_11	prod.user227	2026-10-20 08:38:00	1897200000	REVOKED
tok_527	95349915b7a757288cb01a6de6d513b6	3197cd8f3fce6f0bad2f04673af0d495	ck_12	prod.user228	2026-10-20 09:31:00	1900800000	INACTIVE
tok_528	0b701b854af4c116b134c861ba0d4490	aa8d896f20935163e2c9f15fe06cfd62	ck_1	prod.user229	2026-10-20 10:24:00	1904400000	ACTIVE
tok_529	d7139ae9ae4f9fe0d65fedbc721a4e0d	9023b18f3b1ec93e126c5c336483a8ee	ck_2	prod.user230	2026-10-20 11:17:00	1908000000	ACTIVE
tok_530	0120574aec3c0f2618554f701a928622	8a779ea7c1c55a431442a89e34037c4f	ck_3	prod.user231	2026-10-20 12:10:00	1911600000	ACTIVE
tok_531	16c6c38ac15693325e92ac789035bdfa	a05ea13d3038a725704bfe6a0142295d	ck_4	prod.user232	2026-10-20 13:03:00	1915200000	EXPIRED
tok_532	8343ff1ce36b8746ad4e0d3ff3077f9d	d414369e437d62808a0196398693f0c6	ck_5	prod.user233	2026-10-20 13:56:00	1918800000	REVOKED
tok_533	0dfed26a8187b18656cb0218492dd5c2	4d1d9e674779f10ad9c5d73f05f8a82e	ck_6	prod.user234	2026-10-20 14:49:00	1922400000	INACTIVE
tok_534	5f04a8ee4d76806240c3312e6a47c759	7e241b179e5a2e8bb3bd0aeef0da70b3	ck_7	prod.user235	2026-10-20 15:42:00	1926000000	ACTIVE
tok_535	3a11b8e6f6b1d012f8598cefaa7862d6	ccc60113087fde66af9ef812c5b97ae7	ck_8	prod.user236	2026-10-20 16:35:00	1929600000	ACTIVE
tok_536	3367fca52d6dae965d47653c192b0497	6a3c256863e4954d99adac0e1bcc2a5f	ck_9	prod.user237	2026-10-20 17:28:00	1933200000	ACTIVE
tok_537	560acea996e038b427051edd43226e06	298e28c900abda3c2e2d92a62da0bdc6	ck_10	prod.user238	2026-10-20 18:21:00	1936800000	EXPIRED
tok_538	dcaa742654753356c653e15660cbdf09	fcdc691d8064ce680738e59112c343bb	ck_11	prod.user239	2026-10-20 19:14:00	1940400000	REVOKED
tok_539	848a10a173397db8dabe9ab471024b1f	b4f72371c74c4d930198d12ba2c0175a	ck_12	prod.user240	2026-10-20 20:07:00	1944000000	INACTIVE
tok_540	a599e39ae1462d679157c9483cf447ed	bdd29a4a947bc5180c48277aff5d468c	ck_1	prod.user241	2026-10-20 21:00:00	1947600000	ACTIVE
tok_541	4f479618c1d24408ecf7699f7e3a627d	d1ab0e5f36e1a2c001a13499df2a8e1b	ck_2	prod.user242	2026-10-20 21:53:00	1951200000	ACTIVE
tok_542	60f2bc8df3c6dce3445734d9862d2017	fe939d0945a6bfb3e74fbe127270148d	ck_3	prod.user243	2026-10-20 22:46:00	1954800000	ACTIVE
tok_543	255ee6bc5f32207ef4442c785680b3ea	6d5bda0a086642f3b7dd379d8d2c7586	ck_4	prod.user244	2026-10-20 23:39:00	1958400000	EXPIRED
tok_544	8087eefde939c5231dcc5b8aeaee60a2	ae64f64dce3b3996961ea2c111c600fa	ck_5	prod.user245	2026-10-21 00:32:00	1962000000	REVOKED
tok_545	e20a72a3d53d8330f4989e36b2941348	efbdcd657c3fb9c9e016fca84f1a6497	ck_6	prod.user246	2026-10-21 01:25:00	1965600000	INACTIVE
tok_546	e25cb6c21af05968436df9d51015afea	b05eddbbb1e97377ac2b267d27cf8ab9	ck_7	prod.user247	2026-10-21 02:18:00	1969200000	ACTIVE
tok_547	36e87311227cb43b3245ffe5845f5791	33e0013fe22da739f6a9c90c0bc7d518	ck_8	prod.user248	2026-10-21 03:11:00	1972800000	ACTIVE
tok_548	9711f0ab014969505b9cda2190e9b07d	6c20018d7e28996491061503f6c4bc1e	ck_9	prod.user249	2026-10-21 04:04:00	1976400000	ACTIVE
tok_549	90280dee62b495f4a05e0a7b311662f6	e9c5ec0bef36830dcdec808ab904ddfa	ck_10	prod.user250	2026-10-21 04:57:00	1980000000	EXPIRED
tok_550	844c412637c59a0590ce4ba7e5e992be	2964a940274ae3e232b3afb029caebc9	ck_11	prod.user251	2026-10-21 05:50:00	1983600000	REVOKED
tok_551	ac584508b509878cbe85c9c7a418a70a	96b672c914d0967fe5231c70c18e74a5	ck_12	prod.user252	2026-10-21 06:43:00	1987200000	INACTIVE
tok_552	a83582c813628dc12ce0dfec2a064c93	d09b39131c7034a20ca374952266faac	ck_1	prod.user253	2026-10-21 07:36:00	1990800000	ACTIVE
tok_553	f31d8de6ffc12eaf1a61a5d43ffe6398	36360cf18065c01b06f93b7ca49961df	ck_2	prod.user254	2026-10-21 08:29:00	1994400000	ACTIVE
tok_554	c596c3d174b7633946c93deced5aa1ef	2b5252ffd4547b940ded2b2a1d5aa195	ck_3	prod.user255	2026-10-21 09:22:00	1998000000	ACTIVE
tok_555	21ab6418510fd78970353d876c1142cf	8d49208892d85d65ff8d0e516346797a	ck_4	prod.user256	2026-10-21 10:15:00	2001600000	EXPIRED
tok_556	901cef524293e050920079a9a4f01ed2	9079622144722335df213b4124bd1741	ck_5	prod.user257	2026-10-21 11:08:00	2005200000	REVOKED
tok_557	67a80de409fafbe939e4221628ad40a2	acc7329b1c03c2185933eeae512edf71	ck_6	prod.user258	2026-10-21 12:01:00	2008800000	INACTIVE
tok_558	9ac318d94eb3e5f521e3b312991c9949	60464ffe0b0dbcd8d1477a8e5bd9b30b	ck_7	prod.user259	2026-10-21 12:54:00	2012400000	ACTIVE
tok_559	783d7ac11e6d65f538dcb509eabc8ecf	367a48c7289f035f5a12ab0194349981	ck_8	prod.user260	2026-10-21 13:47:00	2016000000	ACTIVE
tok_560	5602713632e38ceef13ecc617219e91a	b941fe825ba4150ff2b506d3c2bdcd0f	ck_9	prod.user261	2026-10-21 14:40:00	2019600000	ACTIVE
tok_561	bad343a557a19391b3720dcd970a5e8e	7a3cbab5b0aae46eb979aabadf0e3de8	ck_10	prod.user262	2026-10-21 15:33:00	2023200000	EXPIRED
tok_562	3235631297a496f4a4b79f1620a7fb75	537f48473de2ee8c0c4b605c91b38b3a	ck_11	prod.user263	2026-10-21 16:26:00	2026800000	REVOKED
tok_563	7c04392051425be3f4edb2129b6f5f99	50d73487967590f567dcf6a4e2960797	ck_12	prod.user264	2026-10-21 17:19:00	2030400000	INACTIVE
tok_564	682c60b662ad46771b953b15a855980a	e66542336761554e31a489a8686f637b	ck_1	prod.user265	2026-10-21 18:12:00	2034000000	ACTIVE
tok_565	80c7609007be3fc7bf35344230736846	9620697f615974653e4fa3f3db464179	ck_2	prod.user266	2026-10-21 19:05:00	2037600000	ACTIVE
tok_566	a407d3da36d7bf0f62813ba3f90c2091	a4451dbaebc78fa39fd20bbcb9fcc960	ck_3	prod.user267	2026-10-21 19:58:00	2041200000	ACTIVE
tok_567	fadfeb91ecfe0e1654fac4037eb90b77	0b38b6f24ede5a622f364af85663e85f	ck_4	prod.user268	2026-10-21 20:51:00	2044800000	EXPIRED
tok_568	77ee3d1cccd4379ce96b05facd028392	b889e86f32aab283b9466ed16c0f3aa4	ck_5	prod.user269	2026-10-21 21:44:00	2048400000	REVOKED
tok_569	6165f6161008f1306caa7dc63c14fc40	de7d449c868d910b70c87f1681749f41	ck_6	prod.user270	2026-10-21 22:37:00	2052000000	INACTIVE
tok_570	908a4f9ac92fe8f4dcef1b7c104fc11b	f6b5831e5592419a9e2457e5b9372151	ck_7	prod.user271	2026-10-21 23:30:00	2055600000	ACTIVE
tok_571	37248b2bb02351d40dfbb8b07c29136f	c5e3a7331873d6fc9f0cf53e3efdfac1	ck_8	prod.user272	2026-10-22 00:23:00	2059200000	ACTIVE
tok_572	55ec85e7a9a1ba5e2f9ed7ca9242b774	189a6d99a376846fda77cfd1f4b1d4a6	ck_9	prod.user273	2026-10-22 01:16:00	2062800000	ACTIVE
tok_573	47d19d7e9f6f2eeceaca56720a8c2902	ca0489dcb1f1fefc703d99c774052e4e	ck_10	prod.user274	2026-10-22 02:09:00	2066400000	EXPIRED
tok_574	a0d01a092873c6f99c5dcdce70ae6266	5a430117de4d6af6e0ed8230fbf3ccaa	ck_11	prod.user275	2026-10-22 03:02:00	2070000000	REVOKED
tok_575	e9b6b4cc82a97b6285bd9201eaabbff2	dadc7846d02bb856cc328ff1dbddc002	ck_12	prod.user276	2026-10-22 03:55:00	2073600000	INACTIVE
tok_576	d9968e27b797250073be430ceed57458	83c918118a94f6ca5a8cc6a22f790bd2	ck_1	prod.user277	2026-10-22 04:48:00	2077200000	ACTIVE
tok_577	d420d5bbbfa9e44df10eee62bca88fee	bb038eb0604a39ac3e1387fd98f61e6a	ck_2	prod.user278	2026-10-22 05:41:00	2080800000	ACTIVE
tok_578	b34b10f4aa4d6ba67d108fe0b1c80ff7	a5a6a043fe1d60bc3e7c146c71550ebb	ck_3	prod.user279	2026-10-22 06:34:00	2084400000	ACTIVE
tok_579	fae312645e0e64904f5276a33ef3b283	d08c8d7b36579f4a552e6dbf7a900ac7	ck_4	prod.user280	2026-10-22 07:27:00	2088000000	EXPIRED
tok_580	43a3b7d95379890d7b71b262ada3d829	ce0c2ac0e2fbca6bfbbd55ddc336c542	ck_5	prod.user281	2026-10-22 08:20:00	2091600000	REVOKED
tok_581	ccbbfe793cb9bb3726d5d7c029039159	72417ff68ac61d9ddb5b7d08bbe0b489	ck_6	prod.user282	2026-10-22 09:13:00	2095200000	INACTIVE
tok_582	8233549254e4e2470742682c3daac29f	de75bab0a0eac6879b170a0516d08d01	ck_7	prod.user283	2026-10-22 10:06:00	2098800000	ACTIVE
tok_583	0b2c260025579e64ea67b0e24d769690	d4f88ad50e30bc349669b8e8c6e8bb6b	ck_8	prod.user284	2026-10-22 10:59:00	2102400000	ACTIVE
tok_584	4a174a33e2a61211ed21ab50c9092385	0f5dbef057459d268747d586aef6c0f1	ck_9	prod.user285	2026-10-22 11:52:00	2106000000	ACTIVE
tok_585	79f20915ee23d65641dca2d4f3ca025d	b83ecd5eee065dc944c05b31c3ab42d6	ck_10	prod.user286	2026-10-22 12:45:00	2109600000	EXPIRED
tok_586	decf18faaee32ecf2205992c4a0ba340	7efc11ebc44efc86e669c88019dba832	ck_11	prod.user287	2026-10-22 13:38:00	2113200000	REVOKED
tok_587	40f6f7f6c6bb7a3e3ec52dc20d585145	a50bcef875735d16b562cb717eaee89d	ck_12	prod.user288	2026-10-22 14:31:00	2116800000	INACTIVE
tok_588	fac674251d9c68087a49001d275e38b5	d02de93b0b2d7daebb29c13aa350c00f	ck_1	prod.user289	2026-10-22 15:24:00	2120400000	ACTIVE
tok_589	cb9300e21ec0c68384baa822882686b5	c523cfba195642549b67ebf4afa89d72	ck_2	prod.user290	2026-10-22 16:17:00	2124000000	ACTIVE
tok_590	ce2af0b70d334af10f258a36f10b9283	2a60ea2d21e5d4d0061e29b34911d94f	ck_3	prod.user291	2026-10-22 17:10:00	2127600000	ACTIVE
tok_591	89a65486a72ce66591b4ee7c85cbace6	e0a75f8fb67abdd1e7815e4baeed208c	ck_4	prod.user292	2026-10-22 18:03:00	2131200000	EXPIRED
tok_592	90dac04aa26abfbb3c091a3499ea1788	f9d1ca298b75f85607aad7379b50f80d	ck_5	prod.user293	2026-10-22 18:56:00	2134800000	REVOKED
tok_593	4c4364b3896792872b8027f189dafc33	f7852ae182f64507bd16e32a0904d9f8	ck_6	prod.user294	2026-10-22 19:49:00	2138400000	INACTIVE
tok_594	b616601d7a07320f510bebc8c8e6497c	1739687e89edc37b2af3c05dba7bc231	ck_7	prod.user295	2026-10-22 20:42:00	2142000000	ACTIVE
tok_595	d955e7ea5807d760122527a28b434cf3	199b4802c2c5a5abbd980f320da157b4	ck_8	prod.user296	2026-10-22 21:35:00	2145600000	ACTIVE
tok_596	a74d844f7c8e09fe54d4c23a38544289	3debb8ff2415c81c72c9fb3c32928bc7	ck_9	prod.user297	2026-10-22 22:28:00	2149200000	ACTIVE
tok_597	8fef94633baced31af8fd6f003c62b12	b54d36e065e835fd649e6673a4c80599	ck_10	prod.user298	2026-10-22 23:21:00	2152800000	EXPIRED
tok_598	8570834b0dded3c69043a8f224efd56b	05b1d33794d869337d0f773ada716e4c	ck_11	prod.user299	2026-10-23 00:14:00	2156400000	REVOKED
tok_599	8a02fd0194973cc5c4b52fd08a08e3b6	06ed0d5fb8e4f352d91f79894f08af43	ck_12	prod.user300	2026-10-23 01:07:00	2160000000	INACTIVE
tok_600	285ef2460541d942b9e2aaa57081c0fa	8c7d4eca5c1855a93bf3654e892b68f3	ck_1	prod.user1	2026-10-23 02:00:00	2163600000	ACTIVE
tok_601	29de8b8eeeddc0d15af2203414f99aa4	5933c41d7fd61941d84eebd34aa4c516	ck_2	prod.user2	2026-10-23 02:53:00	2167200000	ACTIVE
tok_602	858ae95047efac459b0ad64ce7eed9bb	8b4d42939bc31adc2777037dde8c162b	ck_3	prod.user3	2026-10-23 03:46:00	2170800000	ACTIVE
tok_603	297a637eb9d84aebf8b222333a0ef181	daacbd13b8582e2891ce38e24c4758e4	ck_4	prod.user4	2026-10-23 04:39:00	2174400000	EXPIRED
tok_604	21c78aecb6cf7cb402c118019ca0bd28	0391b53ea5b30a82046ff5561166dc0a	ck_5	prod.user5	2026-10-23 05:32:00	2178000000	REVOKED
tok_605	eb2a98d146134213ee7ae1304d5f0406	a66fa00fc2241567d630bddc9d35d08d	ck_6	prod.user6	2026-10-23 06:25:00	2181600000	INACTIVE
tok_606	03804c66d8e1e74811823a0827947b3e	0efc38a74fde83c17eb5154c21cd7b2e	ck_7	prod.user7	2026-10-23 07:18:00	2185200000	ACTIVE
tok_607	a8e6f2c132339f44cb8f2ccc29e89042	935755e892d2e507388389f8799f3179	ck_8	prod.user8	2026-10-23 08:11:00	2188800000	ACTIVE
tok_608	9a9f91f2b1221674b66de13a7fb43a8a	4066ed0a9385d3eba0cbb788bf609d89	ck_9	prod.user9	2026-10-23 09:04:00	2192400000	ACTIVE
tok_609	c809ac80703c24e4611830bda14b5d7b	89d6668c8b48f23bfe73325133143f7a	ck_10	prod.user10	2026-10-23 09:57:00	2196000000	EXPIRED
tok_610	4bf3dd0b024f222b1b414dae29f3be1c	2eb38f4bc802b5b366dbc67da5c6a276	ck_11	prod.user11	2026-10-23 10:50:00	2199600000	REVOKED
tok_611	c4f45db44ad767b18a606b813a0981da	8ac7afe3213e39d43854ff80a14c1f68	ck_12	prod.user12	2026-10-23 11:43:00	2203200000	INACTIVE
tok_612	eab427090bc0de6d062f03e6155f9152	085fe400a3ac20142bb8b54ff5101997	ck_1	prod.user13	2026-10-23 12:36:00	2206800000	ACTIVE
tok_613	fdd25db84348d710877164554b64f94e	0fb93dc5a63c635aed8dcbf50d5d2a81	ck_2	prod.user14	2026-10-23 13:29:00	2210400000	ACTIVE
tok_614	f5e8810b6a7bfeef51f910383e51c69d	aecbdcd3aa904e18521d6df6ee2fb53e	ck_3	prod.user15	2026-10-23 14:22:00	2214000000	ACTIVE
tok_615	fdf8dc885d3b58a6cca369f4f456bebf	f675906a9ee6d8f7ee3f508a89108496	ck_4	prod.user16	2026-10-23 15:15:00	2217600000	EXPIRED
tok_616	2f569c78647a4ec06c6029d48ace081f	2066d0967ff5d634b315767d77807ed8	ck_5	prod.user17	2026-10-23 16:08:00	2221200000	REVOKED
tok_617	25ab4e0097d20a4aaa36994590ea2341	f9170cc1a60d543441be54d66826df86	ck_6	prod.user18	2026-10-23 17:01:00	2224800000	INACTIVE
tok_618	81838ab8dae231e7a4a7c362b052869f	ad8e2601e8f67ce70cd2b0cdf531b290	ck_7	prod.user19	2026-10-23 17:54:00	2228400000	ACTIVE
tok_619	9889bbd86aa28ddf6f19965c8897052d	2658209f2c0c747bdbd3066a1366c71f	ck_8	prod.user20	2026-10-23 18:47:00	2232000000	ACTIVE
tok_620	7438cdcdc893a822430868dab7a57d36	369d5e7cfbd7489f1661da26d9caa6d9	ck_9	prod.user21	2026-10-23 19:40:00	2235600000	ACTIVE
tok_621	9f4a02f7cf182b54947bbff92e295278	006ae01d16f95c5ac45444799b5e17fd	ck_10	prod.user22	2026-10-23 20:33:00	2239200000	EXPIRED
tok_622	867c52336ce280cd269ca58c33ea390b	e9fee9178c19236a15b1a892f0ddd9ef	ck_11	prod.user23	2026-10-23 21:26:00	2242800000	REVOKED
tok_623	a38893c5ee1548bdd2c65ee555cd2703	d4c7f09ec5a4b72a118f433918b4c1c2	ck_12	prod.user24	2026-10-23 22:19:00	2246400000	INACTIVE
tok_624	1eb8d7a86bc6c14d38b4cedeeaaafb02	3f930072782b805b98bfb3e5260ebd41	ck_1	prod.user25	2026-10-23 23:12:00	2250000000	ACTIVE
tok_625	e210be5bc8c48b77f69f1a20881fdf82	f0905dfdfe515476af66282e3ffacb34	ck_2	prod.user26	2026-10-24 00:05:00	2253600000	ACTIVE
tok_626	bdd40eb70301ab2948898ffe2571c50e	12b1d793893d44594465e532d2e66457	ck_3	prod.user27	2026-10-24 00:58:00	2257200000	ACTIVE
tok_627	069173b0d4963a6aadde9331a3ebb994	31b1f1e006ddfd10a012b0d295fbb1a1	ck_4	prod.user28	2026-10-24 01:51:00	2260800000	EXPIRED
tok_628	e8c0b290c90d3fb92793b613779c4adb	5c368ebc8188496a237940e56a2d91c7	ck_5	prod.user29	2026-10-24 02:44:00	2264400000	REVOKED
tok_629	8934c32de6ccd7ee3b7d28543dc2698a	b98347b2294c52ecbbb2e12eede348e5	ck_6	prod.user30	2026-10-24 03:37:00	2268000000	INACTIVE
tok_630	e47ac48b39c50e28aca2e6ea7c7ff474	72c50ca3b72fbe5997bcc47da711c910	ck_7	prod.user31	2026-10-24 04:30:00	2271600000	ACTIVE
tok_631	0ab2c5f73bd6c2a6a561a66dd36e0c81	47c8eb9d7261bb8a088c84b9085f325a	ck_8	prod.user32	2026-10-24 05:23:00	2275200000	ACTIVE
tok_632	d0d5f21ffaecb8afe769b25d1ceb7617	675b2fdaa8355543573aaf23400f9f99	ck_9	prod.user33	2026-10-24 06:16:00	2278800000	ACTIVE
tok_633	7363caa019e479ed2bf2460b6a0ca634	67233cb2494b9c22df2d68caa1435387	ck_10	prod.user34	2026-10-24 07:09:00	2282400000	EXPIRED
tok_634	d57efe3c3a1d4b56f5c965fa0cbb386a	e3fd123facf004da7299a8aa8f6339db	ck_11	prod.user35	2026-10-24 08:02:00	2286000000	REVOKED
tok_635	1c993cbabcf069d3e7666c88aa45d3e1	9c9876232605b1a4b1defedf8f0aeaff	ck_12	prod.user36	2026-10-24 08:55:00	2289600000	INACTIVE
tok_636	7b8705677b6e2f7db1fc115c556a78df	c8cee058c94819cd27e9f03b79f0ec40	ck_1	prod.user37	2026-10-24 09:48:00	2293200000	ACTIVE
tok_637	35fafae6984fbf897948f5917b55ab38	8f8d7e2014ffda0e62835405c5419de1	ck_2	prod.user38	2026-10-24 10:41:00	2296800000	ACTIVE
tok_638	f64d72fda9c11f742ee89328f5a7a01e	389dfc075cfb51a549f05a5589d24949	ck_3	prod.user39	2026-10-24 11:34:00	2300400000	ACTIVE
tok_639	02b1294966a8cd5010be2514731dd712	d60cb1f9db698e953bcfec8c43c4f946	ck_4	prod.user40	2026-10-24 12:27:00	2304000000	EXPIRED
tok_640	e7a0c5402575a830ef9f15a55b7d594d	c16374eecd45c251dad426dcf96b105c	ck_5	prod.user41	2026-10-24 13:20:00	2307600000	REVOKED
tok_641	276f0afb56445558ac677ed1099e0e96	bbbae2247408d91fd88f34dadff43059	ck_6	prod.user42	2026-10-24 14:13:00	2311200000	INACTIVE
tok_642	5f0a68a29be8d9cfa9fef82d84f68cda	9ef6bcc5ed1c0276b37f1d5b568eabfa	ck_7	prod.user43	2026-10-24 15:06:00	2314800000	ACTIVE
tok_643	4c6e49b9c73d215abde1ee0ed282a45f	54cf0b6f90ec4d4d2f935422a52e756f	ck_8	prod.user44	2026-10-24 15:59:00	2318400000	ACTIVE
tok_644	f8b2cbd5086411a045f32a6c65875758	b5269a769107c612c4221725d2fad20b	ck_9	prod.user45	2026-10-24 16:52:00	2322000000	ACTIVE
tok_645	e4f03f4902384649a53712da63ac0cb5	4b093331016a44a052f4e236fbe7f769	ck_10	prod.user46	2026-10-24 17:45:00	2325600000	EXPIRED
tok_646	5e85f1fa79d90a830a1e21d7336c937c	108d8780639ba6f0226f9378ed779a1c	ck_11	prod.user47	2026-10-24 18:38:00	2329200000	REVOKED
tok_647	64f2a6e8a1157f7260d9cbc539b48ff2	82d9d1fa1b10ef8c807e57f58887ff70	ck_12	prod.user48	2026-10-24 19:31:00	2332800000	INACTIVE
tok_648	37f206a92a261384ddd34c77a0baf7b8	3789b0549923edc135ceea1175eeb974	ck_1	prod.user49	2026-10-24 20:24:00	2336400000	ACTIVE
tok_649	3e9e3ee2210e59f1c68599abc7a363f2	56852ed2832469952aab33b00ca75eba	ck_2	prod.user50	2026-10-24 21:17:00	2340000000	ACTIVE
tok_650	c608c3a3ee00a235f077a9fa37a6bd44	47a8023ed8066279ec3979463fc04e6c	ck_3	prod.user51	2026-10-24 22:10:00	2343600000	ACTIVE
tok_651	c34065584f4df18e8067b62e2bcc7d7f	a93aaf4df4893516d4fa349b927523d9	ck_4	prod.user52	2026-10-24 23:03:00	2347200000	EXPIRED
tok_652	384625b8a152bea99b7d035f1e67406f	838a6111cc88c4a4577ed59951f6a995	ck_5	prod.user53	2026-10-24 23:56:00	2350800000	REVOKED
tok_653	abfd8703de6618fbeb51d66dfecfdc7f	1e345af2064528111f9d57d034d28a35	ck_6	prod.user54	2026-10-25 00:49:00	2354400000	INACTIVE
tok_654	1bd7c5cc8304e030f178128f9ad86eb6	506b2edb11c7e4d62b682473e4dd0824	ck_7	prod.user55	2026-10-25 01:42:00	2358000000	ACTIVE
tok_655	ddcc49f1a845abeab956346f2b799ebc	d7c747cd6c36bdec9e986f1a2d4e32d6	ck_8	prod.user56	2026-10-25 02:35:00	2361600000	ACTIVE
tok_656	5c9398b197883f51080327d020cd97dd	5567ec73c8ebfe0e3b39cb79b062cf04	ck_9	prod.user57	2026-10-25 03:28:00	2365200000	ACTIVE
tok_657	e3ffc3f9a7115cecaa635840d86ea354	8ab6c8a0393c25ade0e17404672f1e9c	ck_10	prod.user58	2026-10-25 04:21:00	2368800000	EXPIRED
tok_658	5052343d1ad6201f5de85762064aa630	c4b0802e9de2f2bc52f8c59c95a8ec6c	ck_11	prod.user59	2026-10-25 05:14:00	2372400000	REVOKED
tok_659	c4b7226c3e239eb8a25342cfa1f6cba7	d033697c5453e4b286fa3f7dec0ad1e8	ck_12	prod.user60	2026-10-25 06:07:00	2376000000	INACTIVE
tok_660	38c1c51fc6a2b02c224cb06629166a2f	49534567b3fe4da684cea7ecbb2d5e99	ck_1	prod.user61	2026-10-25 07:00:00	2379600000	ACTIVE
tok_661	74d1a81b27dce3eb5a721ea32d08d143	ef0553496fb8cfc5cb4253d5e51823da	ck_2	prod.user62	2026-10-25 07:53:00	2383200000	ACTIVE
tok_662	b24725c263a18704c9aecfd8678e4d17	834416b841f167e767cb7aff2bec2dd7	ck_3	prod.user63	2026-10-25 08:46:00	2386800000	ACTIVE
tok_663	f9a6eb27b16a8e5da9ea7bc858d28c74	3ce7eaad572cea3b3c1caa45fb7952ad	ck_4	prod.user64	2026-10-25 09:39:00	2390400000	EXPIRED
tok_664	87d70bc38673454cc438c4ce5f6c51ae	48a7b4886e09785305c490c49da9dbf4	ck_5	prod.user65	2026-10-25 10:32:00	2394000000	REVOKED
tok_665	ad27f9167650df30c6fff27291ca61e2	b410cf5e96f2e8a02ebebb52450fa3dc	ck_6	prod.user66	2026-10-25 11:25:00	2397600000	INACTIVE
tok_666	52708bcd7865fdc2e03c1defba05cbf5	7c67a07f4099bcd9ef582595cca84dfb	ck_7	prod.user67	2026-10-25 12:18:00	2401200000	ACTIVE
tok_667	24e34409da7150c0989a0e3312bc2a36	613be732e60fc9b293cde8c917833edb	ck_8	prod.user68	2026-10-25 13:11:00	2404800000	ACTIVE
tok_668	02ffa74f69b4c8401ee268d2b32e3f1f	223f3a61d8fd1bd9e92a6820db083085	ck_9	prod.user69	2026-10-25 14:04:00	2408400000	ACTIVE
tok_669	d04c4b3519508e660ddca06a7084a1bd	6efe52c7e0885eaf5512f5cbca7713af	ck_10	prod.user70	2026-10-25 14:57:00	2412000000	EXPIRED
tok_670	06cd121a5a475abe901c814f0cc111b3	14531a71ef1e9f19cbd25cdac956ee45	ck_11	prod.user71	2026-10-25 15:50:00	2415600000	REVOKED
tok_671	e08b3e9fdf8b41acbf05b8293bc60ca7	737a9203914f3a80cea5274b1799b8a7	ck_12	prod.user72	2026-10-25 16:43:00	2419200000	INACTIVE
tok_672	ea45fd8af46787bca73b3bde91bca68b	02cec02e8f3bf915ef8e137c184190a4	ck_1	prod.user73	2026-10-25 17:36:00	2422800000	ACTIVE
tok_673	1a8718221fae9bd566293322adf26a2c	bf6ee7a3190b2a7f8b07a999bc5de3d9	ck_2	prod.user74	2026-10-25 18:29:00	2426400000	ACTIVE
tok_674	efbba06529e9c651c3ea8972d4d3bbd3	8adb4358d89992174f1e646150f87f1a	ck_3	prod.user75	2026-10-25 19:22:00	2430000000	ACTIVE
tok_675	73ad5bc22687065404816f0639068dd6	2aa25ca2303099bbd5bf918c70fe2be6	ck_4	prod.user76	2026-10-25 20:15:00	2433600000	EXPIRED
tok_676	fa77196eced767e3d3c5f5ded6237afb	9f600103585ddad1046aa0ee008ece23	ck_5	prod.user77	2026-10-25 21:08:00	2437200000	REVOKED
tok_677	c72f8a6c64933732f1d55190e4c7b6e4	1d4f5ade291c9493364ae13b8b9f983f	ck_6	prod.user78	2026-10-25 22:01:00	2440800000	INACTIVE
tok_678	8a1bfa5425dc87d86fb0460c72d83833	1b48ecde0edcd6e4d185104a521f21a2	ck_7	prod.user79	2026-10-25 22:54:00	2444400000	ACTIVE
tok_679	262c3d73662b47b7a9fef4a3426f1a87	623fb9aac8729418a1c862bf36f8cf00	ck_8	prod.user80	2026-10-25 23:47:00	2448000000	ACTIVE
tok_680	ec0633643f0c69e1b49e42ab2bcb4e2f	376df5f6f0b57b7408cd5530e0f7c79b	ck_9	prod.user81	2026-10-26 00:40:00	2451600000	ACTIVE
tok_681	0a4b10cca1efe0da363496533fb0106a	fc6f46d038d6ce5245c588fbe52ee1b8	ck_10	prod.user82	2026-10-26 01:33:00	2455200000	EXPIRED
tok_682	d61667e39f787053b06c3bfcc2718a5b	08c38bd3c2967d633eee2ced776f8eca	ck_11	prod.user83	2026-10-26 02:26:00	2458800000	REVOKED
tok_683	fd940c9a1d9ef276fed96d52120a74dc	3dcbcd4786ef109ed1eb887e12c5f74b	ck_12	prod.user84	2026-10-26 03:19:00	2462400000	INACTIVE
tok_684	01ee31b886d002e2cb32678146088f89	66ee8b24602e3a28ba7d0877f3539ee6	ck_1	prod.user85	2026-10-26 04:12:00	2466000000	ACTIVE
tok_685	ef30556d87ae883a136fa7d483a1d568	c60a28ddc111bf69be31464a6348edf1	ck_2	prod.user86	2026-10-26 05:05:00	2469600000	ACTIVE
tok_686	bce4c04ec85ee7ddaeffdbacd64aed19	3e621256d4ce270b8a35c612f44912d2	ck_3	prod.user87	2026-10-26 05:58:00	2473200000	ACTIVE
tok_687	6b22af380f27103a80aba894213a68be	dcd55d1860d09a331fd55160df03a7c9	ck_4	prod.user88	2026-10-26 06:51:00	2476800000	EXPIRED
tok_688	47165711d090f348f5b6da39056b33a2	47b2639ff182278a5368ec1f4d0837f8	ck_5	prod.user89	2026-10-26 07:44:00	2480400000	REVOKED
tok_689	5542d3c74ce56fc6edab862de8d54859	2d4273844e53efe604aeae78b25cdf55	ck_6	prod.user90	2026-10-26 08:37:00	2484000000	INACTIVE
tok_690	ea9ca6ac11f8acd3d62be7e12b1cf7cd	7c3c77840654b3609aad530c7686df25	ck_7	prod.user91	2026-10-26 09:30:00	2487600000	ACTIVE
tok_691	acaa0855d3429344713b1586f80b9307	e22f3230fa9fecbe57d4afd853e4f2be	ck_8	prod.user92	2026-10-26 10:23:00	2491200000	ACTIVE
tok_692	359a97ec578d68ea1da91b177b831f5e	630482afa5ef217ca3072f4d8eeb266a	ck_9	prod.user93	2026-10-26 11:16:00	2494800000	ACTIVE
tok_693	dcb34d015d6726dd17755d6d0b69c9d5	c4b18ea70aa0a62e6ecf8ff7c2789155	ck_10	prod.user94	2026-10-26 12:09:00	2498400000	EXPIRED
tok_694	3a7a43e35ea56273744126cd8f760a24	07c7c913f704de6593c6b491af202efb	ck_11	prod.user95	2026-10-26 13:02:00	2502000000	REVOKED
tok_695	426ae463eff8a82f26ae411204cbb41a	591c67ad7edd6bd6c0f9027fdaa9584d	ck_12	prod.user96	2026-10-26 13:55:00	2505600000	INACTIVE
tok_696	1f03c9e02d67f16f79eb5271ce089c8b	6d7b8e15f93f1996bfaf10d73810d8e3	ck_1	prod.user97	2026-10-26 14:48:00	2509200000	ACTIVE
tok_697	d55e7c99f7485d4ad3f546a90b540642	842e17dddc4c5f733e78620107306d38	ck_2	prod.user98	2026-10-26 15:41:00	2512800000	ACTIVE
tok_698	ca9cce4913b1af0826e7e397d69daa49	5293354a93dc3811043445603eded3e9	ck_3	prod.user99	2026-10-26 16:34:00	2516400000	ACTIVE
tok_699	8e52090682a8dfa8a5cf378c32376aed	79a2d1796e0b49e9f042a6356ddbec45	ck_4	prod.user100	2026-10-26 17:27:00	2520000000	EXPIRED
tok_700	746d2dd8cb3cdb35f113663304e6546d	b88cc60b40f0a727096f77c3b0e7a7b9	ck_5	prod.user101	2026-10-26 18:20:00	2523600000	REVOKED
tok_701	9152a1b95ef2a41a23af02512618bbc8	7bff6b117952bd7979ce8599d1c8ab4f	ck_6	prod.user102	2026-10-26 19:13:00	2527200000	INACTIVE
tok_702	13c23932ae5a3a545dbd0c3c9cdf1165	8ddb71fc92940907a6cf4e0970fcb9a6	ck_7	prod.user103	2026-10-26 20:06:00	2530800000	ACTIVE
tok_703	7db7e788a99c13377d972c1c2abbf043	b6a88c77c01ad5fbe6582946f69bb08e	ck_8	prod.user104	2026-10-26 20:59:00	2534400000	ACTIVE
tok_704	23c511d852f829cdd2dec4c008cbdaf0	5753f9a96cde6521596d5576147a7fd7	ck_9	prod.user105	2026-10-26 21:52:00	2538000000	ACTIVE
tok_705	1492d46d7d927d2cbdde905730daf226	f074ae7081f3c3ada18d576909108b6e	ck_10	prod.user106	2026-10-26 22:45:00	2541600000	EXPIRED
tok_706	e34ac03db67bd7e7588a9bdc0112c555	48fd211f9f3bc33f8c43c49e599e9f4d	ck_11	prod.user107	2026-10-26 23:38:00	2545200000	REVOKED
tok_707	c93c2961f6b78f25a98d6d67ec30f243	2c5f7ff313025f8cf4feb55489c5223b	ck_12	prod.user108	2026-10-27 00:31:00	2548800000	INACTIVE
tok_708	b89ff9a9000e8124fb3b04902f147e77	353a9a229579af2375cdffca0be8e8ee	ck_1	prod.user109	2026-10-27 01:24:00	2552400000	ACTIVE
tok_709	e572eaf8b93da96e2e63db3973d7817d	223225aba1afb955f526548f7356a7f2	ck_2	prod.user110	2026-10-27 02:17:00	2556000000	ACTIVE
tok_710	8d42ed3cce854759af8e79b345baeb57	91ad8139e32e01e332eb502817cc4803	ck_3	prod.user111	2026-10-27 03:10:00	2559600000	ACTIVE
tok_711	5acb2926a00681ca81bd6c22a265a8b9	d10c53ce9984c2b277c106b88ca90cb3	ck_4	prod.user112	2026-10-27 04:03:00	2563200000	EXPIRED
tok_712	4fd6b4f3854ecb9daef4932d0b6c3b41	f80c93985399c1d1178f5d40ae30ad96	ck_5	prod.user113	2026-10-27 04:56:00	2566800000	REVOKED
tok_713	639c0080a6c62983089467c7014d39ae	c061f967fb1e3a2bf384d5c195c54234	ck_6	prod.user114	2026-10-27 05:49:00	2570400000	INACTIVE
tok_714	70770825cbf81533576d8ece7101a488	daf6c441361d1681641f6614d5f0ce55	ck_7	prod.user115	2026-10-27 06:42:00	2574000000	ACTIVE
tok_715	fda1800446858f2687d243680d81ccfe	e54921df41be1295c87d948177166a5b	ck_8	prod.user116	2026-10-27 07:35:00	2577600000	ACTIVE
tok_716	f6d26d8ceaaae7653262cf6d7639bc1a	4f158ae4fdd97c870464ea8ac4cca7cd	ck_9	prod.user117	2026-10-27 08:28:00	2581200000	ACTIVE
tok_717	b84322744043ddd2001d075a797b6425	cc43f689ad83126a6d19594dde7a749e	ck_10	prod.user118	2026-10-27 09:21:00	2584800000	EXPIRED
tok_718	427a3aa8e771564ed376d058852ff934	6f72866645f1ae7eb00395420edc5a39	ck_11	prod.user119	2026-10-27 10:14:00	2588400000	REVOKED
tok_719	30ca2d69d8643890beb6a0257f4f1733	e6801f66f580b72ecc06fe0d886c14da	ck_12	prod.user120	2026-10-27 11:07:00	2592000000	INACTIVE
tok_720	276efc6efb4440237ab99e325b62fb87	7ff418da04040d799ae81bffcc05c774	ck_1	prod.user121	2026-10-27 12:00:00	3600000	ACTIVE
tok_721	b72ba956632b3331aa2c55111b7cde43	f4f070c4cfd21da73eb1c43620c75934	ck_2	prod.user122	2026-10-27 12:53:00	7200000	ACTIVE
tok_722	3db6c9f6ef51c384d65298eff69bf1af	b51e858746448fd4e40865b13d3c38b2	ck_3	prod.user123	2026-10-27 13:46:00	10800000	ACTIVE
tok_723	43c97fd1ab6873107727e1b9fc08e451	c45e78f68253823f8dfb40ad9a8f7ad5	ck_4	prod.user124	2026-10-27 14:39:00	14400000	EXPIRED
tok_724	d9607b0890be8d606f0a8899b4b32d1e	d04f98df49115df6554f5ef4bb2341f0	ck_5	prod.user125	2026-10-27 15:32:00	18000000	REVOKED
tok_725	5511e8607dff38eadda104e3bee41233	5ac25ed7359ad4d1911c958160c87bc7	ck_6	prod.user126	2026-10-27 16:25:00	21600000	INACTIVE
tok_726	77aab38bac9b54ea378e42cf4bebc5ba	302b627dffab5ab21f47dae8126d0517	ck_7	prod.user127	2026-10-27 17:18:00	25200000	ACTIVE
tok_727	9097ecb718daf1f7c7e02eef778efc05	b7d567607fa2b9a68fc35971e7e08fb6	ck_8	prod.user128	2026-10-27 18:11:00	28800000	ACTIVE
tok_728	af45e78751ed3c092d16e6b510a337d0	419d500f0513f122ad62f2265a0f0bb4	ck_9	prod.user129	2026-10-27 19:04:00	32400000	ACTIVE
tok_729	d7d44200fd1b6d8255f1eb7e5228fa5f	6e4f3b3b8adba9ed86667f5082636d86	ck_10	prod.user130	2026-10-27 19:57:00	36000000	EXPIRED
tok_730	f922013d110c12215514ac294f4ca9ee	858ad71b4940a5b19afdf6077ed05904	ck_11	prod.user131	2026-10-27 20:50:00	39600000	REVOKED
tok_731	45025f238963a5670d22b841ada38f6a	86cf6b86485b72f63cfad666909b2698	ck_12	prod.user132	2026-10-27 21:43:00	43200000	INACTIVE
tok_732	45756baec50412b79d3fda90a8d67545	5b8912563ef58f3d24280a19c8cd7414	ck_1	prod.user133	2026-10-27 22:36:00	46800000	ACTIVE
tok_733	5665ebee483ebe663a909e20dce4b304	7bd22f5b72210155816b5e6541a8db71	ck_2	prod.user134	2026-10-27 23:29:00	50400000	ACTIVE
tok_734	5b2e72f740bcfc607e67338924cf83a8	a8b7a628e0759e6e1f92f0ae05513eb8	ck_3	prod.user135	2026-10-28 00:22:00	54000000	ACTIVE
tok_735	6ab3bcf535447a7ad2de26f1eb2eaf4d	d2f52217cedaa3eab0dc9be70a326b01	ck_4	prod.user136	2026-10-28 01:15:00	57600000	EXPIRED
tok_736	3f69adc0e22c67393553712b54b4e658	d76c334c32cd21127d34e81a216102c9	ck_5	prod.user137	2026-10-28 02:08:00	61200000	REVOKED
tok_737	cd78bcf0fe146e64c0f57e3d14d3ecd5	b5c1bbe56ad966ecfa6df1bb127015a4	ck_6	prod.user138	2026-10-28 03:01:00	64800000	INACTIVE
tok_738	d9f668f383cb637a6c988381cafd30a9	29d2950701dc7bbf20d1b224244faaea	ck_7	prod.user139	2026-10-28 03:54:00	68400000	ACTIVE
tok_739	454f051a88592f81ea524e0510bcb6ea	df68340b33d475effa27a4170ab02a5c	ck_8	prod.user140	2026-10-28 04:47:00	72000000	ACTIVE
tok_740	7d3b97ae3eefde48bb43632373b6e883	92ef7dc94cff6b92dd699d93384766bd	ck_9	prod.user141	2026-10-28 05:40:00	75600000	ACTIVE
tok_741	dfb4f30fe9265ec8347306678c58b677	5a180e303a96630c13f7b2c73eca9e86	ck_10	prod.user142	2026-10-28 06:33:00	79200000	EXPIRED
tok_742	9f2f36d55aac7e20e0b97da36c802236	bb6bbc014e0ce2119388291b9d778acc	ck_11	prod.user143	2026-10-28 07:26:00	82800000	REVOKED
tok_743	b099802f3ba21578adb24c5dca18ade3	9cd2b2ed9fa19b41709e4e5564d5d829	ck_12	prod.user144	2026-10-28 08:19:00	86400000	INACTIVE
tok_744	f0d5af41a141731bbc25c408352325fb	d1eefceff6b54f7db2fa6385612c9ee1	ck_1	prod.user145	2026-10-28 09:12:00	90000000	ACTIVE
tok_745	c1138fb0af62cec5a334d4cf5056a207	111986662d984aa53d91035a0d2c1cf6	ck_2	prod.user146	2026-10-28 10:05:00	93600000	ACTIVE
tok_746	2fc993f32dd7c6ac2a441631cc2fa7b3	ece3ab75dbf7fff685b26ba2062cb443	ck_3	prod.user147	2026-10-28 10:58:00	97200000	ACTIVE
tok_747	e359d72b8d3f3ed9e647d65e6bc639c3	b0c0bc86f2d1311dc3a923f8bbb7b05c	ck_4	prod.user148	2026-10-28 11:51:00	100800000	EXPIRED
tok_748	5a283c69f2a8b7a6224f5570c187189e	5e5ba556d966ddaf2f9ccafbc4544f94	ck_5	prod.user149	2026-10-28 12:44:00	104400000	REVOKED
tok_749	617e1cdedcb8b9c05759e5d9bbc70bc6	c49ca2e39ac9b71ab8a5e64b83bbf68d	ck_6	prod.user150	2026-10-28 13:37:00	108000000	INACTIVE
tok_750	394b7fb31530e79614fd169dfa1489cb	670f0800468bc6aa4aa351a5cf40411c	ck_7	prod.user151	2026-10-28 14:30:00	111600000	ACTIVE
tok_751	78b1e6c1ae9dd9ae0e5747ed8807d4b1	c5a6f4b7e446e608c7ad29298eed8114	ck_8	prod.user152	2026-10-28 15:23:00	115200000	ACTIVE
tok_752	06035703753bf8685a1d6c64ca4e54a8	a3e154096d3371acd190902e0461db62	ck_9	prod.user153	2026-10-28 16:16:00	118800000	ACTIVE
tok_753	bede00438debd27be5a8e8f98d2f59ff	16dc6cbe0c40c47a99183e379e09f263	ck_10	prod.user154	2026-10-28 17:09:00	122400000	EXPIRED
tok_754	603c164438e257ea7d2eba0da10f10b7	bda5da1316f8635e7e893d793bd3b8f9	ck_11	prod.user155	2026-10-28 18:02:00	126000000	REVOKED
tok_755	5b4895c26dd7458b1610c30cf2f0d022	c08b94f02b1d55e6d50e36e4aeeb26f1	ck_12	prod.user156	2026-10-28 18:55:00	129600000	INACTIVE
tok_756	b6d0575942331541d075feb4fc68c0dd	4df9972efee4dee3eef0399004094e73	ck_1	prod.user157	2026-10-28 19:48:00	133200000	ACTIVE
tok_757	59e225ca6f833c76a4da1dcfbf395c6d	c4858f208528f115e5e4cac9542520cf	ck_2	prod.user158	2026-10-28 20:41:00	136800000	ACTIVE
tok_758	6aa1660b3abb8b8942698d8a6c018d21	6a0e7b3f53c0f0c73b735a207f869371	ck_3	prod.user159	2026-10-28 21:34:00	140400000	ACTIVE
tok_759	7443c0fdd4d3abc608c826de048894d2	53fab5ec8c842ba0351674e435e00c30	ck_4	prod.user160	2026-10-28 22:27:00	144000000	EXPIRED
tok_760	b5fffaac5bd74413cfe0e58125c366b8	f03a32a139c7bb2525fdd9734b8b5a0f	ck_5	prod.user161	2026-10-28 23:20:00	147600000	REVOKED
tok_761	34c118070167955d5cf39fba2637edc3	0834f4c48e22a16886790584d733ab08	ck_6	prod.user162	2026-10-29 00:13:00	151200000	INACTIVE
tok_762	3ce054686ba89807d86efd2d0d8a3e49	59587fca50e50b933fcb747178313d21	ck_7	prod.user163	2026-10-29 01:06:00	154800000	ACTIVE
tok_763	cd318bae44d3f3da77d0539ec32495ae	15dcf81e09efd92afe4f3460d2cac652	ck_8	prod.user164	2026-10-29 01:59:00	158400000	ACTIVE
tok_764	c6400042014cff9d39b9d8073e1efe8f	86e2befbe04e447739aba0d529f0463b	ck_9	prod.user165	2026-10-29 02:52:00	162000000	ACTIVE
tok_765	c298d386240540b435ca28ac3eebfd7a	11f0cecb58684ea10761af413e16924a	ck_10	prod.user166	2026-10-29 03:45:00	165600000	EXPIRED
tok_766	7fcb1c81157d26d2a9e5d92529f352b0	2fbb3a186235697838899db633fe27c9	ck_11	prod.user167	2026-10-29 04:38:00	169200000	REVOKED
tok_767	2f8762b718daebdda63bb9a2695acdd6	4d4f7d4986c146c29acc3edda9ba9325	ck_12	prod.user168	2026-10-29 05:31:00	172800000	INACTIVE
tok_768	efd7448714d5bc0a8314e7af9f0ea953	21482f45d8c997b8b9cdc82484395662	ck_1	prod.user169	2026-10-29 06:24:00	176400000	ACTIVE
tok_769	550a92502ab209b85f63b87ecd3c9e1a	08bcd89f544f67833795e211fb655f90	ck_2	prod.user170	2026-10-29 07:17:00	180000000	ACTIVE
tok_770	7070e1debcf15370149044456673fa35	79a0dc94be8a8559b3ae2d11ba1949f5	ck_3	prod.user171	2026-10-29 08:10:00	183600000	ACTIVE
tok_771	af424839b968ac76846f9edecbac88b5	a6ad5dfa1297a0230204f6e7105e9d9b	ck_4	prod.user172	2026-10-29 09:03:00	187200000	EXPIRED
tok_772	52019f0a5899d77645c1c552ae098839	2713aff24a681b09e1475c52926ac98e	ck_5	prod.user173	2026-10-29 09:56:00	190800000	REVOKED
tok_773	d7ac77bfb770866264692a977c7c85c1	47927949f2446f3388a766a5da2c3d28	ck_6	prod.user174	2026-10-29 10:49:00	194400000	INACTIVE
tok_774	ebfdf29094e81fc6abb9777856e5269f	f632de1c3e20753f9bdcf478e3b711a4	ck_7	prod.user175	2026-10-29 11:42:00	198000000	ACTIVE
tok_775	f2512e13023561a0052cc067f26111cc	272bfc4971c81d7ee525f498149461da	ck_8	prod.user176	2026-10-29 12:35:00	201600000	ACTIVE
tok_776	62337a6b88995a8bd416396b444bc23b	6fe7dc787f477824dbfb689084da9745	ck_9	prod.user177	2026-10-29 13:28:00	205200000	ACTIVE
tok_777	d77832a94f87468536ae26854f78c99a	58780dcc5fdfc02d1758f61f95853d68	ck_10	prod.user178	2026-10-29 14:21:00	208800000	EXPIRED
tok_778	3b85abf419a4b02cf0eee5dbb264ca9a	1fdaae259e367e97b3d3d9875f1c6943	ck_11	prod.user179	2026-10-29 15:14:00	212400000	REVOKED
tok_779	78d5c7273bba7904613ee2277a87e369	38c63a800aef200e7f899b567c852992	ck_12	prod.user180	2026-10-29 16:07:00	216000000	INACTIVE
tok_780	7568694d0fbcc30b1806e61c1d24c22e	4fc09bd8b18c8ac5e1443ffb6a412409	ck_1	prod.user181	2026-10-29 17:00:00	219600000	ACTIVE
tok_781	a20941a845c40cbf2a892fa0d4d345ea	c0955c85ae2a56694b3da8cdffd60d95	ck_2	prod.user182	2026-10-29 17:53:00	223200000	ACTIVE
tok_782	76ee3c426da4b7606ee2647d75a78259	7245f12c108509f01c9527473303e49a	ck_3	prod.user183	2026-10-29 18:46:00	226800000	ACTIVE
tok_783	9e27f005d4f36b70a16a7a5100256e03	ee78177009da5017cca6e400dbe5168c	ck_4	prod.user184	2026-10-29 19:39:00	230400000	EXPIRED
tok_784	336060cf6bec3a5c91c7679a35d4389f	015e081c4d69d384e3f9ea902afc2138	ck_5	prod.user185	2026-10-29 20:32:00	234000000	REVOKED
tok_785	45dc48df8939672ca551c8122378dd94	26d47010067dcf0f3c86f84315d35da7	ck_6	prod.user186	2026-10-29 21:25:00	237600000	INACTIVE
tok_786	0d1dfc8aef7fa20711a6974d78c34a48	a19f847d0533e3697e71011abe9320f6	ck_7	prod.user187	2026-10-29 22:18:00	241200000	ACTIVE
tok_787	8e0a720ccc1d3494d39bb520672fac03	e90dfcea5a8bf6d1c348402497266e6f	ck_8	prod.user188	2026-10-29 23:11:00	244800000	ACTIVE
tok_788	fb589896b083847a79c0717f7a6f6214	fae9c096387565acb108a616f70f4845	ck_9	prod.user189	2026-10-30 00:04:00	248400000	ACTIVE
tok_789	0dec3602571bf6d6f71b0185d2af9ee0	0a986be187cbd8b400c229625ff2471e	ck_10	prod.user190	2026-10-30 00:57:00	252000000	EXPIRED
tok_790	a46da43e266c7fc4987eda8ab05cf723	985ca27f1124980a46eab592e64eea01	ck_11	prod.user191	2026-10-30 01:50:00	255600000	REVOKED
tok_791	dea33b74636c645c385511adb57be9d3	459d3e94d5f3aea639a92b69bec554be	ck_12	prod.user192	2026-10-30 02:43:00	259200000	INACTIVE
tok_792	3201b2d50ec3d18ed2b6050188aef162	8c5b68bbe305e0ad44857650a139af2c	ck_1	prod.user193	2026-10-30 03:36:00	262800000	ACTIVE
tok_793	44aa58494693e483401393146ea6015f	7cd0c9a3dc308baf679cbe87e74583ac	ck_2	prod.user194	2026-10-30 04:29:00	266400000	ACTIVE
tok_794	57a8270d7bf4fdb3821142247374134f	0c0e68f405b785efce42dc8410a655a5	ck_3	prod.user195	2026-10-30 05:22:00	270000000	ACTIVE
tok_795	bc16f2008a242486806244e986a3d8ca	18db67026b28345e7062bd967dd6d692	ck_4	prod.user196	2026-10-30 06:15:00	273600000	EXPIRED
tok_796	aec5fd04e15f0ce7a495b737097e2902	47d52837830fbc7c9731e54148d334fb	ck_5	prod.user197	2026-10-30 07:08:00	277200000	REVOKED
tok_797	fceeb9ac9f8f2adca0dd9523a71da24e	2d139349e6119844ba8bff587abd591c	ck_6	prod.user198	2026-10-30 08:01:00	280800000	INACTIVE
tok_798	8e8bebef966d3865c1dc912a8b9025cd	a6d3a4bd0f91eb59ca08f95e60c14b4f	ck_7	prod.user199	2026-10-30 08:54:00	284400000	ACTIVE
tok_799	32eca2dfc7006ee3c75a97b12174295d	b3ca93029532994c53ab9c58b3aac3e5	ck_8	prod.user200	2026-10-30 09:47:00	288000000	ACTIVE
tok_800	486dda51f9f8c7fadb9f2fb9f2815a42	2cc2cb63973ab1b45e520220fa16ba23	ck_9	prod.user201	2026-10-30 10:40:00	291600000	ACTIVE
tok_801	684d1f3e22a404ea25b13566b0fe8772	b2e48fec65f08255d668fae2732f5138	ck_10	prod.user202	2026-10-30 11:33:00	295200000	EXPIRED
tok_802	fdf9a95e41dbb58a8652a78751c9e83e	a84b53935c156e0f5a3b437d972f73c3	ck_11	prod.user203	2026-10-30 12:26:00	298800000	REVOKED
tok_803	3e68160ca609dda4dcfb8746ac0145d4	7c95c9b27c89704f0e4120c9df5be692	ck_12	prod.user204	2026-10-30 13:19:00	302400000	INACTIVE
tok_804	66e12c5e844d2f54335571a05331b044	9cd53c92271b8d2c612fcff40a8cfcc8	ck_1	prod.user205	2026-10-30 14:12:00	306000000	ACTIVE
tok_805	acd23380a01bb3395c3bfda141bc18a3	ef665b838082b1f1ac8a6baa2803fa11	ck_2	prod.user206	2026-10-30 15:05:00	309600000	ACTIVE
tok_806	cf6e0a4a91eecd8e12c8fc550280b867	e272fc3b1805dd3e76b97b96c4cb2b90	ck_3	prod.user207	2026-10-30 15:58:00	313200000	ACTIVE
tok_807	d28324ab6f3454b46d994f48489fe88a	6bd8e2b4f802851220f8d9585460cad2	ck_4	prod.user208	2026-10-30 16:51:00	316800000	EXPIRED
tok_808	ba33c8ea61cf70551d96ee678360a554	7e7e27f6c05feadef8ef0a171cd0ea8b	ck_5	prod.user209	2026-10-30 17:44:00	320400000	REVOKED
tok_809	063a1309f4ffb8a69dfb649d3b308ece	04e39d9204111ee7ec9f8ff813374044	ck_6	prod.user210	2026-10-30 18:37:00	324000000	INACTIVE
tok_810	124e097909acab8ef2e7d24acd4365c2	c2bdc37105512155d65836eed7942662	ck_7	prod.user211	2026-10-30 19:30:00	327600000	ACTIVE
tok_811	e85d992f4a81fb9469ccdf158a9c731f	aea330597d7fae09f214bf5cb16aa9f5	ck_8	prod.user212	2026-10-30 20:23:00	331200000	ACTIVE
tok_812	d11239166941e53875b450f7af0c9a97	b9a48968687b162ce2a89266a2a42ab9	ck_9	prod.user213	2026-10-30 21:16:00	334800000	ACTIVE
tok_813	78cfb847c8e53c9a3ee9e261c806d1a8	860fe2b54b5237adae2ab523fb1baa11	ck_10	prod.user214	2026-10-30 22:09:00	338400000	EXPIRED
tok_814	06044e65750d7c33151c89fa966e69f8	158d5889ba627fce886c4cde3c533064	ck_11	prod.user215	2026-10-30 23:02:00	342000000	REVOKED
tok_815	12b2431ffc24c461a3d31cd718bd322d	28d5514eb7eb7ac7608648d43af324bd	ck_12	prod.user216	2026-10-30 23:55:00	345600000	INACTIVE
tok_816	39bd95d7e9bdbc46e60c3a8640732b9d	a72455cddb1e4020c2848a456984bb3c	ck_1	prod.user217	2026-10-31 00:48:00	349200000	ACTIVE
tok_817	6bdc1ab0c4a1dbc69e879fd824147722	27bc52c72509ba1e10196a0a3c068076	ck_2	prod.user218	2026-10-31 01:41:00	352800000	ACTIVE
tok_818	f2db7a095fd2355b786ce3670621fd32	1fface0c94d45eab8a62c2542d3f30c6	ck_3	prod.user219	2026-10-31 02:34:00	356400000	ACTIVE
tok_819	7405b9265a88edadc2b55a3201a6ea52	239adabcd4b560d6ba3679a380d12b69	ck_4	prod.user220	2026-10-31 03:27:00	360000000	EXPIRED
tok_820	52743fe7dea7609a8c669e272e254a59	f911baebcb6f858e0f0e6809fa6ae2fa	ck_5	prod.user221	2026-10-31 04:20:00	363600000	REVOKED
tok_821	42b083e18a328ad4fdc2870f1187734b	e99a08a760cb29ef99debf9907c1fbde	ck_6	prod.user222	2026-10-31 05:13:00	367200000	INACTIVE
tok_822	15579a1a8299d4c52a3adc6a91db02a5	437dfaddbf3ecc22eccec91f4ed1cba3	ck_7	prod.user223	2026-10-31 06:06:00	370800000	ACTIVE
tok_823	a4d5b759ceb0a08c9e339de062d15560	370f352cf9b8d4f4c495d08cb1ba80b8	ck_8	prod.user224	2026-10-31 06:59:00	374400000	ACTIVE
tok_824	7f7ed7ce4d445afd78326ca4d7a9b1cd	6bd1010e3ff1cbb9cffbf4923db7afc5	ck_9	prod.user225	2026-10-31 07:52:00	378000000	ACTIVE
tok_825	8e80265fc3b297fe4b855cf1b0ed7f84	92ddf1eee8f144d9a9f2360c07f9e90c	ck_10	prod.user226	2026-10-31 08:45:00	381600000	EXPIRED
tok_826	c6b505d201ae5835c6a87809ae60613e	c6a27ce9cc7ba71eb352e4f498d53f68	ck_11	prod.user227	2026-10-31 09:38:00	385200000	REVOKED
tok_827	e6768672cb8e50f1aed38a8b5b9f34dd	8f6378a97b30ad0d481777cb0244c121	ck_12	prod.user228	2026-10-31 10:31:00	388800000	INACTIVE
tok_828	36ab971e3d7c1bc55ffc3a6302ad51a4	2fc4ca415ca93aec91d57bc1cd23270e	ck_1	prod.user229	2026-10-31 11:24:00	392400000	ACTIVE
tok_829	0e254b435f4466e8cb2f5f4815bef808	fa42f01d6d0be1f3ceb5a76b5ee04ae9	ck_2	prod.user230	2026-10-31 12:17:00	396000000	ACTIVE
tok_830	3c88f0532aff15de718fcd58d4fce0a6	41a068e9ef29d4a522f841c10b11d0b7	ck_3	prod.user231	2026-10-31 13:10:00	399600000	ACTIVE
tok_831	2d2883230e847e1a5fbb7c1ac312545d	17329cc74a8795c773a70d50f7741494	ck_4	prod.user232	2026-10-31 14:03:00	403200000	EXPIRED
tok_832	dcf4df1be9fc882beef2fe5a0d8d9723	a99cc1d4c25ebefd05cdcdd1adcb9f16	ck_5	prod.user233	2026-10-31 14:56:00	406800000	REVOKED
tok_833	0d1ef4d2407adb1b8e55e81370c2bc51	ac510a5ed105094fbc71fad0c6d49308	ck_6	prod.user234	2026-10-31 15:49:00	410400000	INACTIVE
tok_834	b46c14813648be7516589d9e35ae2ae2	cff8ac103e7078912f43d5d721dcaa64	ck_7	prod.user235	2026-10-31 16:42:00	414000000	ACTIVE
tok_835	334657b5d56832dda4a1fbd2de229776	7b0f3a744060392462c668127be1eee8	ck_8	prod.user236	2026-10-31 17:35:00	417600000	ACTIVE
tok_836	8abcb5c920b15d4e44fae7ca893ea4fa	835800f0463866d46a94528c8aff9c48	ck_9	prod.user237	2026-10-31 18:28:00	421200000	ACTIVE
tok_837	51c1206cde7977befb030d82170940c0	ef71aebfc4104a3a6e7e797f8b5a0408	ck_10	prod.user238	2026-10-31 19:21:00	424800000	EXPIRED
tok_838	1718dcf7ed12627afa92a18232d1406c	32098aef9eadff2639c2b6a878a10054	ck_11	prod.user239	2026-10-31 20:14:00	428400000	REVOKED
tok_839	78a8e61ca7b9878275335b10052fe6b5	b439a048d7b97f7b8b929bb57050a9c9	ck_12	prod.user240	2026-10-31 21:07:00	432000000	INACTIVE
tok_840	f55d52e43feec8470ac1157808fa7839	1a906cc16714f649b4947f67ba30c93d	ck_1	prod.user241	2026-10-31 22:00:00	435600000	ACTIVE
tok_841	28ff7ce275f8979c5cb116962de099e3	12953742e40aee8cece060786a113b96	ck_2	prod.user242	2026-10-31 22:53:00	439200000	ACTIVE
tok_842	35ec04ef8ad9711a733d184aa0e2a59e	5c6e1484624bf299c87bbd815208ade6	ck_3	prod.user243	2026-10-31 23:46:00	442800000	ACTIVE
tok_843	7ab28d174aa42377ff62d700a8d0d619	243945c8b4bd8b46640ab758d79322d7	ck_4	prod.user244	2026-11-01 00:39:00	446400000	EXPIRED
tok_844	f16ae466d12eb33cb27a93c9771dd8f4	4c4520b1bac28141a688e1e5d0165a09	ck_5	prod.user245	2026-11-01 01:32:00	450000000	REVOKED
tok_845	ea75d57693249ff483f88da326b5efa6	7d1069df505ed554939413a05c279cd6	ck_6	prod.user246	2026-11-01 02:25:00	453600000	INACTIVE
tok_846	05ff422f6e92379a0cf3690121b4b32c	f3617e908d5eb969e654fb12bfdff2d9	ck_7	prod.user247	2026-11-01 03:18:00	457200000	ACTIVE
tok_847	3c2e9d731b34c981b9d7d4f17ae31d11	3dfddf91d648ff001602c8137129ab74	ck_8	prod.user248	2026-11-01 04:11:00	460800000	ACTIVE
tok_848	f838e3c20d5e5b3b39648a92692a4c5b	88e0a1452c54ca9b1305f19019839297	ck_9	prod.user249	2026-11-01 05:04:00	464400000	ACTIVE
tok_849	bc52864e11d36d3e400f379e32b0f9a1	6d65c795b9c91b06ad22b2ff72c1f4fc	ck_10	prod.user250	2026-11-01 05:57:00	468000000	EXPIRED
tok_850	f15c60416e3192e29a95c85687a13270	4c7f897c77888fc365f8c3fe485b1342	ck_11	prod.user251	2026-11-01 06:50:00	471600000	REVOKED
tok_851	87585a93c5a112b2ce99310f4ecdc2d2	b92f859cc63cfa3eb05bae4687c5af60	ck_12	prod.user252	2026-11-01 07:43:00	475200000	INACTIVE
tok_852	4c785c3005125ed6ebbf4320676c2f76	b9a3cb876699f2b36695987f318861a2	ck_1	prod.user253	2026-11-01 08:36:00	478800000	ACTIVE
tok_853	6273f3882b19e35ce849098fb8b6599d	49188bbc65854fbe6862dd22acd0e218	ck_2	prod.user254	2026-11-01 09:29:00	482400000	ACTIVE
tok_854	45a1a0534f51305adaaaf8814cdbd505	9948c771a2119b348df10e4372ed8006	ck_3	prod.user255	2026-11-01 10:22:00	486000000	ACTIVE
tok_855	0deaa775b5013c1600064f5c9ff99330	8f6f8c42dbf1270cf671a257ddd21a66	ck_4	prod.user256	2026-11-01 11:15:00	489600000	EXPIRED
tok_856	e85b8b39da6481c4c7548cbc4c7a49dd	786bc990f88642eb6ebd40471d52422d	ck_5	prod.user257	2026-11-01 12:08:00	493200000	REVOKED
tok_857	e0b128bba624c91f79d722bf65ef2886	c9686af600a11a211aeeb8bbedff3729	ck_6	prod.user258	2026-11-01 13:01:00	496800000	INACTIVE
tok_858	14d2b6916a1b26c66c097d8767f2a436	df0463d6822c87a3d8c732c41fbdc69b	ck_7	prod.user259	2026-11-01 13:54:00	500400000	ACTIVE
tok_859	32da51ff5eb68e276758bbc4230d2684	3e877ec844b6d43e4aeae7fb06b1ed13	ck_8	prod.user260	2026-11-01 14:47:00	504000000	ACTIVE
tok_860	6102ff95b0c23a9773a635d81b519f71	fd9d0872756d38a7f0ab2c8bee7584a3	ck_9	prod.user261	2026-11-01 15:40:00	507600000	ACTIVE
tok_861	4949e8c16e57bff38f002493d3087982	86da711f149f97bdb34f0f276fb31993	ck_10	prod.user262	2026-11-01 16:33:00	511200000	EXPIRED
tok_862	a05769387c476cba25848e2e4bfbad03	41a660d45a361b6386343e9fe044e80e	ck_11	prod.user263	2026-11-01 17:26:00	514800000	REVOKED
tok_863	185150b0f1a929af6bd986e34b85a946	cbe6065b12a464edc8e065545a901fe3	ck_12	prod.user264	2026-11-01 18:19:00	518400000	INACTIVE
tok_864	37664b9f2ed41c1c31c25d835f4ea610	399cdce93c4a33643a3cf9aa5c9e2f7e	ck_1	prod.user265	2026-11-01 19:12:00	522000000	ACTIVE
tok_865	5b36e90de5dcc38ea2519322fcd8d9e2	75af01174a9242e4b187bda25fa759a1	ck_2	prod.user266	2026-11-01 20:05:00	525600000	ACTIVE
tok_866	6813ba9f6e3c7bea2013299e9f746d90	0d98a70d5e8dad4bda7c166bc5ab8ac1	ck_3	prod.user267	2026-11-01 20:58:00	529200000	ACTIVE
tok_867	747e33bbc535ed729533c6c6d95df8ab	bf50dc72a96e2b0b81953302128cf01c	ck_4	prod.user268	2026-11-01 21:51:00	532800000	EXPIRED
tok_868	6bb8632275ffa34a0e486d5b4ad03607	c12cb62f37c56b668996752e5ee98794	ck_5	prod.user269	2026-11-01 22:44:00	536400000	REVOKED
tok_869	f2a7b8ebbf3f69a04240017009fc58fd	a4dc5f07fe971790318e0b89b40f5051	ck_6	prod.user270	2026-11-01 23:37:00	540000000	INACTIVE
tok_870	3e8181b2c54e717eca9a76efabd7155b	f157d02a6f2c80f68d62563ec73e9b2b	ck_7	prod.user271	2026-11-02 00:30:00	543600000	ACTIVE
tok_871	3baaab3f62a8b2e073856f47c9bc3563	ac8a592e46f7e06f721dc293152acc8a	ck_8	prod.user272	2026-11-02 01:23:00	547200000	ACTIVE
tok_872	c8272974e3ba2a3d90286382f0ac786c	71bd497763680952c30120da1fd41354	ck_9	prod.user273	2026-11-02 02:16:00	550800000	ACTIVE
tok_873	84e3e6d7a19477af1bd651b7763ea68e	2a024fa9474d234d2d1a4d85171187d5	ck_10	prod.user274	2026-11-02 03:09:00	554400000	EXPIRED
tok_874	0affd9f20ae44632b9e1f27d877ea865	6adb7c0f672956dfdbd0c3dcea5db993	ck_11	prod.user275	2026-11-02 04:02:00	558000000	REVOKED
tok_875	3b8d08364231d2ebfed48be315e8b66d	80e9f66ccffc6d688e1679876e65b0ee	ck_12	prod.user276	2026-11-02 04:55:00	561600000	INACTIVE
tok_876	8ba077c942ebca2c964c9de23dff15bc	c5b1ef3703e28a58cd820f99e779e86b	ck_1	prod.user277	2026-11-02 05:48:00	565200000	ACTIVE
tok_877	a361a9efba35f832c7207f93b185d294	358ca386bd5cb6648736219b2ed28ce9	ck_2	prod.user278	2026-11-02 06:41:00	568800000	ACTIVE
tok_878	92c05f2e605a1a3e465680125b7d6c18	0303beefe8044006bc29787dbd6f6bb6	ck_3	prod.user279	2026-11-02 07:34:00	572400000	ACTIVE
tok_879	27669ece3310132f86fad3536d42c0fe	339a37db82c95b55f8a6077926e28e39	ck_4	prod.user280	2026-11-02 08:27:00	576000000	EXPIRED
tok_880	4492b194178fd2fb5402f1c9efbf5a6a	1afc0124420702dd8d3eaa018e58b5f8	ck_5	prod.user281	2026-11-02 09:20:00	579600000	REVOKED
tok_881	357c482b8f863b3dd1af92bcd26439c9	a111c632294407d1efcd4a2a991da3c8	ck_6	prod.user282	2026-11-02 10:13:00	583200000	INACTIVE
tok_882	93d5e7705876791e3be40f7b90ca22cd	9ad5ec5fe9a507fe6dabeca076515a60	ck_7	prod.user283	2026-11-02 11:06:00	586800000	ACTIVE
tok_883	abfe509cea44b58153a5050615f73d32	ff56421855ed9f80ffd1152a353a7fb4	ck_8	prod.user284	2026-11-02 11:59:00	590400000	ACTIVE
tok_884	fec42975fc9c4f2521953ebae0d94287	8bfb2a1342fa292c7f5f86ae0afa7b41	ck_9	prod.user285	2026-11-02 12:52:00	594000000	ACTIVE
tok_885	7148d406dc369b4f6c9f1ad964080a6e	be164e7daf34a4f07a01a3a8577e2107	ck_10	prod.user286	2026-11-02 13:45:00	597600000	EXPIRED
tok_886	77eefcdea3ab6f72343ae60008769c6c	78691535dccddb7c110a8ece373907d6	ck_11	prod.user287	2026-11-02 14:38:00	601200000	REVOKED
tok_887	09b1affd747b9ade97915bb05d0aad98	69995d2730f17e021523478a929ce9d5	ck_12	prod.user288	2026-11-02 15:31:00	604800000	INACTIVE
tok_888	42f35aae9e90de73085f74009323b606	a7b954e8fe3006062c8011835dfbfbad	ck_1	prod.user289	2026-11-02 16:24:00	608400000	ACTIVE
tok_889	8de4d0911e2e72b3afcc07801f02556c	a5b2510833884651efd61120a8359e0b	ck_2	prod.user290	2026-11-02 17:17:00	612000000	ACTIVE
tok_890	fc3d0b8a8e5a81bb9755e36bd8eb9c3c	3ea625884000b6c21bbdcb0612041739	ck_3	prod.user291	2026-11-02 18:10:00	615600000	ACTIVE
tok_891	700881a7a57ddffec98d0a09d5f4788a	a7ec00c3ca70676afab98bd9b13929ec	ck_4	prod.user292	2026-11-02 19:03:00	619200000	EXPIRED
tok_892	f16893e0caa760ba8a5de3e1154d7b01	506fbe22f5d942997121e9f034d6682a	ck_5	prod.user293	2026-11-02 19:56:00	622800000	REVOKED
tok_893	2c88ee638f649ff1e5d2a31b42260d84	f8085cdcf3d7fecba8031f9898ac70cf	ck_6	prod.user294	2026-11-02 20:49:00	626400000	INACTIVE
tok_894	142606e6107189d43cfe20ed6ecc98ad	8e1a56d1953f6544a3a9c71cbd9f141e	ck_7	prod.user295	2026-11-02 21:42:00	630000000	ACTIVE
tok_895	fcc24a47641153211f6e4d0b8a667547	a027387c4317567c9d0e60a98d6d655d	ck_8	prod.user296	2026-11-02 22:35:00	633600000	ACTIVE
tok_896	2c88aed249d122de2ecf7428d317834a	ba3cc3caf6077603a1dc4fd179c0c114	ck_9	prod.user297	2026-11-02 23:28:00	637200000	ACTIVE
tok_897	961d389db023732fcc256e0c9c1c606f	2ca2b6b428b769de6309aedf99ee51ec	ck_10	prod.user298	2026-11-03 00:21:00	640800000	EXPIRED
tok_898	9834efc6b84842ba474f52a2202e2e78	3829dac4ec2c52f71dedf9063eba893c	ck_11	prod.user299	2026-11-03 01:14:00	644400000	REVOKED
tok_899	f8fea5fa48e19e4df58317c47aaeb5f8	bc3ff7d1a503ee112578fc94f64f4003	ck_12	prod.user300	2026-11-03 02:07:00	648000000	INACTIVE
tok_900	ee61e011d4f855732f2ad74e0ea94320	80af7bb47a249a6d35fdc87a5298a731	ck_1	prod.user1	2026-11-03 03:00:00	651600000	ACTIVE
tok_901	5e947586a4df048d07f8018c6c0d6612	3b020f3b38111d9e931265c6cbe0ed7d	ck_2	prod.user2	2026-11-03 03:53:00	655200000	ACTIVE
tok_902	9dadf0da0b8dc57542c455309b286345	a078614f7e9ceab239c69ea4acaa2e84	ck_3	prod.user3	2026-11-03 04:46:00	658800000	ACTIVE
tok_903	3910ded03279cd6b880aa90c29778798	8ec2664308f5462bed0840c60c144a90	ck_4	prod.user4	2026-11-03 05:39:00	662400000	EXPIRED
tok_904	c266705c3886c048b2738794192f2fbd	40de5ad30ed254583da192f77d3aa31e	ck_5	prod.user5	2026-11-03 06:32:00	666000000	REVOKED
tok_905	bfc6731053a13ecb8c8cb82fe9a69762	52bb5ed1760a7440ca78596de6fa4473	ck_6	prod.user6	2026-11-03 07:25:00	669600000	INACTIVE
tok_906	6012457b015489cc07fd54d1a4c3071a	41d443aace465e9cc219c904c0e8874d	ck_7	prod.user7	2026-11-03 08:18:00	673200000	ACTIVE
tok_907	5051fe9616f8d30a336baee96bda252f	ee13bca9412c5d133bbaaa9a289565fc	ck_8	prod.user8	2026-11-03 09:11:00	676800000	ACTIVE
tok_908	c67274f2e971c021baea583ff23443ae	4d779460f55fb21682274ba574ae3690	ck_9	prod.user9	2026-11-03 10:04:00	680400000	ACTIVE
tok_909	4103d2ee62ebf9572e261c0db0997f20	68d58d3665f78004e07b83b501400c44	ck_10	prod.user10	2026-11-03 10:57:00	684000000	EXPIRED
tok_910	a857f9a579889aa1430cdeed08fd8b95	3e66a72b50f2ef09d3747d411cc49e2e	ck_11	prod.user11	2026-11-03 11:50:00	687600000	REVOKED
tok_911	59e1451206580cca72a6e769a54cb44b	e72385ef779a96856db2a3f282c4d6d0	ck_12	prod.user12	2026-11-03 12:43:00	691200000	INACTIVE
tok_912	96f76f14ce98bec163f1036b14a5a5e6	7662b8139269fc38b914c55275eb4684	ck_1	prod.user13	2026-11-03 13:36:00	694800000	ACTIVE
tok_913	6a2647d67b327a11b17be34a1f6d48cb	8a892a7a7ce7a4ea7b3d3d8ef04ad7f4	ck_2	prod.user14	2026-11-03 14:29:00	698400000	ACTIVE
tok_914	0b06667486ac698b0b805b648fe2f478	dc9017c6862082149d935732708dd691	ck_3	prod.user15	2026-11-03 15:22:00	702000000	ACTIVE
tok_915	4fbbdd99a5b99e9b5522fff15adca17a	2cb14eed2d7d3a558a113c5d8912cb39	ck_4	prod.user16	2026-11-03 16:15:00	705600000	EXPIRED
tok_916	24f4e7cbf36638f87c341576c3a6adfa	53d98c9430bb31a080575fa1844e4748	ck_5	prod.user17	2026-11-03 17:08:00	709200000	REVOKED
tok_917	b68545f4c3745d2669300be9ebac9162	86ad08bf89ed93d7e0fbcd7152d7f671	ck_6	prod.user18	2026-11-03 18:01:00	712800000	INACTIVE
tok_918	95dce7b3396ecfec20b96cd8cb8836ae	e71a35c02af24898f05e065840a0faa1	ck_7	prod.user19	2026-11-03 18:54:00	716400000	ACTIVE
tok_919	c1aab8bb56d16cb8b0cb72dfe4bab75f	0f7956efa1711156e6ff89af41dd998a	ck_8	prod.user20	2026-11-03 19:47:00	720000000	ACTIVE
tok_920	9ac17eb1c41c7d3ec5aa9baf0f015bcb	daf8d473695cd302724c96021dcbb717	ck_9	prod.user21	2026-11-03 20:40:00	723600000	ACTIVE
tok_921	4d0f8f5a041a7ab17e39bbd367003b74	a09039fc1cbfb1c1ea0c970cbf80937d	ck_10	prod.user22	2026-11-03 21:33:00	727200000	EXPIRED
tok_922	ea08ce38e7b97136cb8cb0b66c67c417	1a8ba44da5d57bc647a6c1ef8dbaffad	ck_11	prod.user23	2026-11-03 22:26:00	730800000	REVOKED
tok_923	a43d489bc1a878030354170c3ffe5da1	5ced895b14ba53798ab140f9be65499c	ck_12	prod.user24	2026-11-03 23:19:00	734400000	INACTIVE
tok_924	16e6ab536c946df518d20ecde270e3f0	b5eac81cbcbf83e892687fb2bff30dcb	ck_1	prod.user25	2026-11-04 00:12:00	738000000	ACTIVE
tok_925	ed71f1857d2b096468517cf9fcacaab1	f280225d55cb9b42349a4ad35a47130f	ck_2	prod.user26	2026-11-04 01:05:00	741600000	ACTIVE
tok_926	0069b4f284c661efeacde2776b496477	1e4cd0a44b35bf75c636f564863ceab8	ck_3	prod.user27	2026-11-04 01:58:00	745200000	ACTIVE
tok_927	cd5ec67c84b8f901aa75bd5713d7343a	3b603647452a8459be0e0216fd47d1d2	ck_4	prod.user28	2026-11-04 02:51:00	748800000	EXPIRED
tok_928	b9a46fb31a463a0e1bb8843824412919	0b26fab344ae613c7920fba6aa9ca22d	ck_5	prod.user29	2026-11-04 03:44:00	752400000	REVOKED
tok_929	6187b5bf7c890fe4eeda3a952ef48e86	cce92dc455e5b98bfa6909526351beb6	ck_6	prod.user30	2026-11-04 04:37:00	756000000	INACTIVE
tok_930	47caf6f284799229c603a7cfaa671124	2ad3fcb4eaf843d381bbc0e616ac58da	ck_7	prod.user31	2026-11-04 05:30:00	759600000	ACTIVE
tok_931	2a5da63c3133d4632b153ceda4da98e3	51b852a2250ca7bfbd7652ee19a5ad3b	ck_8	prod.user32	2026-11-04 06:23:00	763200000	ACTIVE
tok_932	599288c96297d5b93502f11e6d4b2d30	b270d1373edfb5b41fc9b0417e088b93	ck_9	prod.user33	2026-11-04 07:16:00	766800000	ACTIVE
tok_933	d337edd052194863d7b6d3d6fb8520f0	fa07b6177feda2e0276b6db4bf078f1f	ck_10	prod.user34	2026-11-04 08:09:00	770400000	EXPIRED
tok_934	67a8b12f82121b9e4e0f9677b65f9251	83848f953605185eb91c9f4afba35e2b	ck_11	prod.user35	2026-11-04 09:02:00	774000000	REVOKED
tok_935	b245cb37fdef17086f7818ee40843398	d263c245ef43d456ae791718c05a1536	ck_12	prod.user36	2026-11-04 09:55:00	777600000	INACTIVE
tok_936	bb0c2cb292f4ff70323aa31ee8b7ce29	f9d6033330a8a74dca3ea4d8194aa0fb	ck_1	prod.user37	2026-11-04 10:48:00	781200000	ACTIVE
tok_937	e6a2230bfab97068df70ff575c8e2d91	9a5ff63180ed94148eae346304889e29	ck_2	prod.user38	2026-11-04 11:41:00	784800000	ACTIVE
tok_938	b60cceb9056c311d9343f2262e720981	b4f1abf52407257baacc9cbfd60b5bea	ck_3	prod.user39	2026-11-04 12:34:00	788400000	ACTIVE
tok_939	cb70d98d40762db25ad60a193b2d273c	fdc8ce51daf4c00839861ca79965f006	ck_4	prod.user40	2026-11-04 13:27:00	792000000	EXPIRED
tok_940	166a9089e5e0f93bb060dd1af55e2551	01b1afcbd64a7f777d65bc590f2c0222	ck_5	prod.user41	2026-11-04 14:20:00	795600000	REVOKED
tok_941	da7b0b79860479bfac1b197d4b57937a	1e54e4ad86eee5a35f77d0afa7b53f59	ck_6	prod.user42	2026-11-04 15:13:00	799200000	INACTIVE
tok_942	c5fb686c877a425d1cdb1770d11f6040	a954c8a57eb5cfe91839ae544b3aa4c2	ck_7	prod.user43	2026-11-04 16:06:00	802800000	ACTIVE
tok_943	dbe7664b7ba5d9d40fc4460f17db6628	0cc7da451892a773e133e54ed4073b54	ck_8	prod.user44	2026-11-04 16:59:00	806400000	ACTIVE
tok_944	421c98d7beb248e8c927a40e041ad739	963074afc4c8f673ea914025b7e168d7	ck_9	prod.user45	2026-11-04 17:52:00	810000000	ACTIVE
tok_945	74b8d19eacc980770dc50c3dd8635d74	429c348324ac3864f0ed93f12f411d0f	ck_10	prod.user46	2026-11-04 18:45:00	813600000	EXPIRED
tok_946	90795afec822c05a6fb5c3ec0a0c4611	68b1191d77c1859f5b55bd9e2f05c3dd	ck_11	prod.user47	2026-11-04 19:38:00	817200000	REVOKED
tok_947	c55d133817b87d9d5c8b660639e5107c	2d39cdfbd27d950bbcf52e17945ba094	ck_12	prod.user48	2026-11-04 20:31:00	820800000	INACTIVE
tok_948	333bec9075788bb30d0a8adce85c4682	eeacd1104ef7048c436d2bb6ca560ba1	ck_1	prod.user49	2026-11-04 21:24:00	824400000	ACTIVE
tok_949	7e32aa04e50c481d8b39c57853db67c2	8403d976c906f55b23b212ee4dbac263	ck_2	prod.user50	2026-11-04 22:17:00	828000000	ACTIVE
tok_950	d622b544d5311a52dea4357316ce270e	fae7f1c07e4f252515231139f29bd586	ck_3	prod.user51	2026-11-04 23:10:00	831600000	ACTIVE
tok_951	be5fb8fdb86a0dc35869d20ab7f1cc48	148c73d4d3d096e3ce16ef6e64454707	ck_4	prod.user52	2026-11-05 00:03:00	835200000	EXPIRED
tok_952	9707f13f0c3c49136d6d08d1fc51fa33	652c5d3ab7fd9d68ba5ac490548f0c20	ck_5	prod.user53	2026-11-05 00:56:00	838800000	REVOKED
tok_953	851429fa640b1d668e98873205fb575d	d2552ca38f6c873b6dd244d167ac173e	ck_6	prod.user54	2026-11-05 01:49:00	842400000	INACTIVE
tok_954	360b37de9dae9634c0f5a50aa9442fd4	b3d35c4075f41e58e9954e389f608871	ck_7	prod.user55	2026-11-05 02:42:00	846000000	ACTIVE
tok_955	1f5525a480514095af10e314aaaec497	d34c1c37cf0bb8b7a6efe8f15b36c4b1	ck_8	prod.user56	2026-11-05 03:35:00	849600000	ACTIVE
tok_956	2317d38282daec57e95dbe35fee7973a	6ed5cf19793c8938f124fff858e11ec6	ck_9	prod.user57	2026-11-05 04:28:00	853200000	ACTIVE
tok_957	55e0018579bc6fbeba4c6e8ed2feb908	fdb1cdfbc122a94c0cdc779949fe5c2e	ck_10	prod.user58	2026-11-05 05:21:00	856800000	EXPIRED
tok_958	ff741692c27f593ba9ec2d55caea1c04	c9d145868d587fad729cd606a9878484	ck_11	prod.user59	2026-11-05 06:14:00	860400000	REVOKED
tok_959	48243e26f07656200e6f41583b815908	f9e6613292c1d356369d3d4faa2b235a	ck_12	prod.user60	2026-11-05 07:07:00	864000000	INACTIVE
tok_960	68ad99be9a07ca098f07d286d9ba754e	e9005cd5ab311ffdb7cb01c127be6af3	ck_1	prod.user61	2026-11-05 08:00:00	867600000	ACTIVE
tok_961	1f610758df271be213715cc350484d7f	e607c00ca76b952b17c66bbf7509e6e1	ck_2	prod.user62	2026-11-05 08:53:00	871200000	ACTIVE
tok_962	adbf16680206e14eb85a0af81d8fd5fa	342404ccd7e131168a7a7a37cbca3c61	ck_3	prod.user63	2026-11-05 09:46:00	874800000	ACTIVE
tok_963	b2e85fae9146ebafe5164dfee6d8787c	71e8da35d5a6f70237881649c71dc569	ck_4	prod.user64	2026-11-05 10:39:00	878400000	EXPIRED
tok_964	e4f034c313360b1dbf78bc5f41075e16	5ffdcb59e22b6cb8512a3bb87bf81e5a	ck_5	prod.user65	2026-11-05 11:32:00	882000000	REVOKED
tok_965	ac57a347ec77258edf3cfad9640ac174	3688bb03a9e30f8447a6ec8ddd23515e	ck_6	prod.user66	2026-11-05 12:25:00	885600000	INACTIVE
tok_966	99ee7c2d144c4c62ee513a95ffa1ae32	8b548ec2ee77fed459ae6cd53235bf28	ck_7	prod.user67	2026-11-05 13:18:00	889200000	ACTIVE
tok_967	97139b5a70d1fe99869b47028c462f8a	d529f50669be90743a09ac20abbeeb1f	ck_8	prod.user68	2026-11-05 14:11:00	892800000	ACTIVE
tok_968	8585bec5051b2932476a3288dcfc5cc3	5a1234bd97a2e94fc0b8a86aeb25aa36	ck_9	prod.user69	2026-11-05 15:04:00	896400000	ACTIVE
tok_969	28123e566032e6e36f2e2a9f8776a879	8c93e19324b6c3786d04ba48f7764f2c	ck_10	prod.user70	2026-11-05 15:57:00	900000000	EXPIRED
tok_970	43058ff454a0f87fac31dbf0d5305d80	7fafc0c2f3b07e5acad987f0628f8fdd	ck_11	prod.user71	2026-11-05 16:50:00	903600000	REVOKED
tok_971	951dab7f003f5ae0337c42d1a7b9ebe9	364d13c54f729aed602fb2936cc92425	ck_12	prod.user72	2026-11-05 17:43:00	907200000	INACTIVE
tok_972	9caec5ebf9d5281b041f0324a3fcdbfe	76a41eb48c1c89ede3c39d58bddd0d50	ck_1	prod.user73	2026-11-05 18:36:00	910800000	ACTIVE
tok_973	f94566f3f6918dfd0a494a307ba21fd0	b324ded4cc8c598e4f3b6cf1c6ff6e00	ck_2	prod.user74	2026-11-05 19:29:00	914400000	ACTIVE
tok_974	e43936793f4cd7e3d4eb00d3a1a41c0d	9fcd0c06ad4200794d2bde33e931db7e	ck_3	prod.user75	2026-11-05 20:22:00	918000000	ACTIVE
tok_975	323443a09e79bc1805450895fd17beb2	89e96a3b5c95340ece8818534b9f0b68	ck_4	prod.user76	2026-11-05 21:15:00	921600000	EXPIRED
tok_976	6df7788c72520ba6551c154354a67023	6a875e5a72528a000e5f48393771767a	ck_5	prod.user77	2026-11-05 22:08:00	925200000	REVOKED
tok_977	388e90c61c471560f64c094d4eb1b969	68c16e6ad2f6383277ec8a3a1ec78408	ck_6	prod.user78	2026-11-05 23:01:00	928800000	INACTIVE
tok_978	515041ecc04846f103e82a2c46d163b6	1b81f3b00d6c98e39baf88d65bedc71e	ck_7	prod.user79	2026-11-05 23:54:00	932400000	ACTIVE
tok_979	2edc82254e48bd3f093245740274843e	db1eb91eb9cea0a44e431caeded0edf8	ck_8	prod.user80	2026-11-06 00:47:00	936000000	ACTIVE
tok_980	24c80aa273b85ce76327dca5866e123f	5399c5ec59523b60a63b616d31481c94	ck_9	prod.user81	2026-11-06 01:40:00	939600000	ACTIVE
tok_981	243234cdc665314620deef180615c453	4e0a223b72c81b3684925c66a8126c1e	ck_10	prod.user82	2026-11-06 02:33:00	943200000	EXPIRED
tok_982	357d51cc1c6edb950458e9d1b65e0160	79f379209ba7441bf912dc6d332adc5f	ck_11	prod.user83	2026-11-06 03:26:00	946800000	REVOKED
tok_983	f407d91a593ecd05e672d64d1adbe950	bfd0df6127148f767762a1c4c810dd34	ck_12	prod.user84	2026-11-06 04:19:00	950400000	INACTIVE
tok_984	a534880fdec4ac6efda7b97d824e0a89	e1dccfebaed234abdad37423ffd80e81	ck_1	prod.user85	2026-11-06 05:12:00	954000000	ACTIVE
tok_985	b64b59804e0d806e9e1134bbb5eab9a2	5f022f0e8d1dc33f0c5b0b86ed208e98	ck_2	prod.user86	2026-11-06 06:05:00	957600000	ACTIVE
tok_986	a856458c2c449f138e0c3c58e0249b33	8363c9ddf0d2da3be589c74a99196c73	ck_3	prod.user87	2026-11-06 06:58:00	961200000	ACTIVE
tok_987	6139bcd7fc5f5b5bcdcc5c338b0416a9	e5e07e0f1c699a56cfffffcc1cfffa37	ck_4	prod.user88	2026-11-06 07:51:00	964800000	EXPIRED
tok_988	fb762638add57826eb5fdd11fee42278	f50a524c1a742822df45d08adfaf2c1f	ck_5	prod.user89	2026-11-06 08:44:00	968400000	REVOKED
tok_989	3f9698bf5ff3b180f8d6e406e327825c	5c84290a81a390ec24524427d28a8b3b	ck_6	prod.user90	2026-11-06 09:37:00	972000000	INACTIVE
tok_990	a737d3f38e340047405a0326c3dcdbb5	adcd90e85d4b022282d6da0bdac5bc76	ck_7	prod.user91	2026-11-06 10:30:00	975600000	ACTIVE
tok_991	49cc2d0f69b08e1a210fc832476bb18b	fcba653328a0de1788e98718aa930f03	ck_8	prod.user92	2026-11-06 11:23:00	979200000	ACTIVE
tok_992	e5e6fb9fffa87896ddfb109db764a8b0	c9ae28fe878dbdd72867c3bfc0bc69b1	ck_9	prod.user93	2026-11-06 12:16:00	982800000	ACTIVE
tok_993	1e2df1c7d8c05c845b9288b05d5f5f7f	80c46731372f07e63fb9a44c799b3dd1	ck_10	prod.user94	2026-11-06 13:09:00	986400000	EXPIRED
tok_994	1db5ad01f297c44173b37a7a27b5ad79	5adccfdae0d398004cf30f009a0a9984	ck_11	prod.user95	2026-11-06 14:02:00	990000000	REVOKED
tok_995	37ba688a0af23875c841d80e59d1d888	add7f30cf8d8e0c2c39ade1590faa591	ck_12	prod.user96	2026-11-06 14:55:00	993600000	INACTIVE
tok_996	4ad8c53582effc290868cb3f2281306c	17851d48c001ab4571de8a3d64f727de	ck_1	prod.user97	2026-11-06 15:48:00	997200000	ACTIVE
tok_997	5ab58773f12ea8d6838086fb99a3e038	e159dc8d7d93f9cbf7a4ef248b270b80	ck_2	prod.user98	2026-11-06 16:41:00	1000800000	ACTIVE
tok_998	7953ef689686312ec6e5f75cad8b2daf	7435f0b545d518c06d6afcee9867cec0	ck_3	prod.user99	2026-11-06 17:34:00	1004400000	ACTIVE
tok_999	a8d47eaf44d7894d161f0ae253f4af6e	fe21c7c09201e45e73d848720a56e017	ck_4	prod.user100	2026-11-06 18:27:00	1008000000	EXPIRED
tok_1000	6e5a6a75cfeb6411fd07b7ba19acadcf	bf5736d6cdecfae1ed7e4b002c61db61	ck_5	prod.user101	2026-11-06 19:20:00	1011600000	REVOKED
tok_1001	0cfa77ecdd067381e00166f234902dec	fcfddc61a9e02f8efab80fcd823c3bc1	ck_6	prod.user102	2026-11-06 20:13:00	1015200000	INACTIVE
tok_1002	31296fac2c9c49e02871f434b369f067	89e1f019821985197397d4b9a5a16074	ck_7	prod.user103	2026-11-06 21:06:00	1018800000	ACTIVE
tok_1003	11aa0461941c752afe3bea66e6bb4e2a	d09d1f326f5dff2b55be3f126f6264e8	ck_8	prod.user104	2026-11-06 21:59:00	1022400000	ACTIVE
tok_1004	db68310b7c7f8a51a0ff0d333b0ccaa4	8cfa3172a71712ef43e50a30e7d8c9d8	ck_9	prod.user105	2026-11-06 22:52:00	1026000000	ACTIVE
tok_1005	0b0ed38d5761a2c8e1aa82b2614598b1	ea809b85ab9e5ecc7d818baa4423f43a	ck_10	prod.user106	2026-11-06 23:45:00	1029600000	EXPIRED
tok_1006	253a5cc7840b0b9b4ddb0e03147f97f9	5438acdcd2a84a4d2a1ae01881341201	ck_11	prod.user107	2026-11-07 00:38:00	1033200000	REVOKED
tok_1007	44402867de5e51178dd4e83126342ffb	691c97d73983102b9328b80dc52575f5	ck_12	prod.user108	2026-11-07 01:31:00	1036800000	INACTIVE
tok_1008	4160fa0b36a4726987204e201c2ff61c	e5471dd1aa203cce6712004156b4c463	ck_1	prod.user109	2026-11-07 02:24:00	1040400000	ACTIVE
tok_1009	e6a11461f7a41002e222a201b16805a3	5e2e71d357c530101015e89c6d28c746	ck_2	prod.user110	2026-11-07 03:17:00	1044000000	ACTIVE
tok_1010	4552343f9c0000b38e1825a6d2937166	f523e72c16f27891a8c606fe45ef0242	ck_3	prod.user111	2026-11-07 04:10:00	1047600000	ACTIVE
tok_1011	a47f792fbfb367e30b9af727ed27257c	1ecd15bd11aa927fbe6ba2fad94a3276	ck_4	prod.user112	2026-11-07 05:03:00	1051200000	EXPIRED
tok_1012	d771291e1f1780ecded843b1a83c34a0	73eefccfa88749d83725a3f3c4266a89	ck_5	prod.user113	2026-11-07 05:56:00	1054800000	REVOKED
tok_1013	ec7aebb5b9660e577ef796b472dd1343	4bc3c1cf21ef95e32cf2b7e19b46e15e	ck_6	prod.user114	2026-11-07 06:49:00	1058400000	INACTIVE
tok_1014	a508733e7e91ce2c0dbb8832f63897fe	44aad6198b4b7383bba2027901898844	ck_7	prod.user115	2026-11-07 07:42:00	1062000000	ACTIVE
tok_1015	c9b0ab5ba5ffda4043f6d605573ac15d	886389996814a48d2d2e00b149eb6f86	ck_8	prod.user116	2026-11-07 08:35:00	1065600000	ACTIVE
tok_1016	d4de38fa2cf4472fb5d2934030807f66	58f8c60b44e04fd2f105704b102ec8a0	ck_9	prod.user117	2026-11-07 09:28:00	1069200000	ACTIVE
tok_1017	525e2aafa99b5acf6597adbad67981b8	408d9e3dc7566d74278d3cace6c3e310	ck_10	prod.user118	2026-11-07 10:21:00	1072800000	EXPIRED
tok_1018	75a58cd725641d771f0c0e7c7894d8d3	50b188431d04401d2ca7789c55f8043e	ck_11	prod.user119	2026-11-07 11:14:00	1076400000	REVOKED
tok_1019	1d3bf39831f669973f18a40f8814bfaa	2aada59249a76192c5e79bff9f24d4b2	ck_12	prod.user120	2026-11-07 12:07:00	1080000000	INACTIVE
tok_1020	1ffe7fc9d62de674049d1076f99a8e4a	eb8126192096c7f82ae1cee33ca27fae	ck_1	prod.user121	2026-11-07 13:00:00	1083600000	ACTIVE
tok_1021	ff8da55c64e4e2b676726d651a1c6338	f939d1a92c9fab75e990c35ecf0bd297	ck_2	prod.user122	2026-11-07 13:53:00	1087200000	ACTIVE
tok_1022	e9712d6585d7e91750bf17aafd1d4026	a67e88eda90214e9a26d4f0faf836ac2	ck_3	prod.user123	2026-11-07 14:46:00	1090800000	ACTIVE
tok_1023	7910cd0d520bcbe34fcfe0d0965e1f89	8c46193ae5253c755c634807d72b80eb	ck_4	prod.user124	2026-11-07 15:39:00	1094400000	EXPIRED
tok_1024	0e8f0da40e2ac290e9e85a9412a9c760	2e677dbf94deed122c975d9721d44b8c	ck_5	prod.user125	2026-11-07 16:32:00	1098000000	REVOKED
tok_1025	be03440c8e4e7b77b991cd93f1bfb7f2	180de4773eb9c01664a61599fc215fdb	ck_6	prod.user126	2026-11-07 17:25:00	1101600000	INACTIVE
tok_1026	c757acebb0f33bc190f791d299fefa5e	74c33e323d1304e1fc872d43901dad6e	ck_7	prod.user127	2026-11-07 18:18:00	1105200000	ACTIVE
tok_1027	432014d3d055eab36aa9242bcecc131c	5256e727b35dc62b9403ce9f59942fb2	ck_8	prod.user128	2026-11-07 19:11:00	1108800000	ACTIVE
tok_1028	516e7656a2a082bde3eec0f139330fba	492675e7366c7116db94ac53e3bf2726	ck_9	prod.user129	2026-11-07 20:04:00	1112400000	ACTIVE
tok_1029	1551a75f9a00cf163c6c29b8deae3f3f	3948dfb2187007d99eadab768a9de4fd	ck_10	prod.user130	2026-11-07 20:57:00	1116000000	EXPIRED
tok_1030	ba21b515923970236dab04ce844d8a1f	e68e1b59adbf3c74738e955bcf75b019	ck_11	prod.user131	2026-11-07 21:50:00	1119600000	REVOKED
tok_1031	815c948c72290361695dad2521a65210	f3be3717d9090814b59ea74aed673e84	ck_12	prod.user132	2026-11-07 22:43:00	1123200000	INACTIVE
tok_1032	66e65b3025c3e535c229d5756c694139	a3a81a00591bc246889a847a527ee7f4	ck_1	prod.user133	2026-11-07 23:36:00	1126800000	ACTIVE
tok_1033	8c7d74aba707b1f0f3ba9a5a568292d3	d1e1a8f51457a7bb8a4c5836bb8c2685	ck_2	prod.user134	2026-11-08 00:29:00	1130400000	ACTIVE
tok_1034	260dd73861d423587f67851b6d1bf50a	e77fb5c4097d3f71a8d32a4e3f40e422	ck_3	prod.user135	2026-11-08 01:22:00	1134000000	ACTIVE
tok_1035	91060427b971ae8dbf05815e966b012b	d5354d0b09505923189b3f620e2433c4	ck_4	prod.user136	2026-11-08 02:15:00	1137600000	EXPIRED
tok_1036	6950ac514ae672d0bb2fcfe21065a676	4a74ddc6743c0886bbe5c5633e059026	ck_5	prod.user137	2026-11-08 03:08:00	1141200000	REVOKED
tok_1037	5db204ac2e2c261db90abf3733c8427d	adb190244904e66d9f2216d6c81cea44	ck_6	prod.user138	2026-11-08 04:01:00	1144800000	INACTIVE
tok_1038	1c0b8818a2d28a4c48bc693fc06003be	9ec31d1f58a6bcea784e6f1b2ca7d2d4	ck_7	prod.user139	2026-11-08 04:54:00	1148400000	ACTIVE
tok_1039	5de14f028454566a1efb0cf4b3332569	de1c32b6651cbdf8273dcd937bf2e6a1	ck_8	prod.user140	2026-11-08 05:47:00	1152000000	ACTIVE
tok_1040	44929553dbc59dd64608ee1863499c6d	7f59ad4ffab5410e37e66ffbf2ce47b5	ck_9	prod.user141	2026-11-08 06:40:00	1155600000	ACTIVE
tok_1041	3436e63693a499826b72c04851607cc0	d74261166add6d18fa732721e02382dd	ck_10	prod.user142	2026-11-08 07:33:00	1159200000	EXPIRED
tok_1042	028be7d3c387053173ccf5e9ebf15c65	1809ad597da8407e3fc10f3f49645b9b	ck_11	prod.user143	2026-11-08 08:26:00	1162800000	REVOKED
tok_1043	40111c7ef84f5643d519db854dada981	7fded846653f8396196da9c09dc1eb78	ck_12	prod.user144	2026-11-08 09:19:00	1166400000	INACTIVE
tok_1044	472c9e5c76f219e38ee66c254d5b2e7e	6560bf93a22dbc15c90c5eb5eaf32c45	ck_1	prod.user145	2026-11-08 10:12:00	1170000000	ACTIVE
tok_1045	2ec279fc4ac2669a50ef221786436960	e3a790d9f6668714d3ae602fdcd5e65a	ck_2	prod.user146	2026-11-08 11:05:00	1173600000	ACTIVE
tok_1046	5a8a2984e1d6b5eb612c6478a46d31fc	a9dbf58ed8fa4955f1dfb43b41bf5643	ck_3	prod.user147	2026-11-08 11:58:00	1177200000	ACTIVE
tok_1047	41b541d2b419cbb3bf497d0fd032efb5	a26193112138d5ab782ae1259ce9fb3b	ck_4	prod.user148	2026-11-08 12:51:00	1180800000	EXPIRED
tok_1048	dc62e607f01200b9a008474c912d0a6a	b6fc71047ba5137f8ad6d2345cafa69b	ck_5	prod.user149	2026-11-08 13:44:00	1184400000	REVOKED
tok_1049	3cbd4b7a6dcad5a9b45dcaa64b55b72e	d7d06321930ff509f423e0a258c5f553	ck_6	prod.user150	2026-11-08 14:37:00	1188000000	INACTIVE
tok_1050	ad7ffa771a7f96e5f105465b82d5108a	76b4532256e724cbf842c1db9d021704	ck_7	prod.user151	2026-11-08 15:30:00	1191600000	ACTIVE
tok_1051	064c0b84bbcc57d8679cbe031ddbb48d	4fe736a9540dc083bdc756e34a0c1e1d	ck_8	prod.user152	2026-11-08 16:23:00	1195200000	ACTIVE
tok_1052	626e61adbf7deb8fe8acd9395118f6b8	4e28a81fc7279b5d1b7a545fe2115f77	ck_9	prod.user153	2026-11-08 17:16:00	1198800000	ACTIVE
tok_1053	c816b8ece3786f9e328f9e71dc6ca41f	34be2a6067edacbd4116476c52281430	ck_10	prod.user154	2026-11-08 18:09:00	1202400000	EXPIRED
tok_1054	9b05ddadd208551b0dada1875b3512d6	27a8abef092702b9210293ca6c5f56fd	ck_11	prod.user155	2026-11-08 19:02:00	1206000000	REVOKED
tok_1055	87cc9798cd745d57c77dda8b803eff4b	bf542ad86760e3ccf3cab0e622a78e32	ck_12	prod.user156	2026-11-08 19:55:00	1209600000	INACTIVE
tok_1056	be4ef851db42909113511b97b3f1faf3	707775e63466071ba9a4365ab6385c3d	ck_1	prod.user157	2026-11-08 20:48:00	1213200000	ACTIVE
tok_1057	330bd53d24e4ceb7afe636f798a261a0	84fecb811af5e0e9b387004a2144c882	ck_2	prod.user158	2026-11-08 21:41:00	1216800000	ACTIVE
tok_1058	553313d562018713dcdd2146a24e252c	21aea8222dcf3a5234fbf5cca5be15d2	ck_3	prod.user159	2026-11-08 22:34:00	1220400000	ACTIVE
tok_1059	5bd4851a695867cdc3bec59a84f3308b	677bc0af7dc0361f518dd2e218fc1db1	ck_4	prod.user160	2026-11-08 23:27:00	1224000000	EXPIRED
tok_1060	f25189ef18952d9f48cc12e8a87e8bc6	dcb64d28f1ad58243a282937bc9fd527	ck_5	prod.user161	2026-11-09 00:20:00	1227600000	REVOKED
tok_1061	863b7abf140571f5f181005955661dff	f81d44af0df9ce4e2e66b8530371554e	ck_6	prod.user162	2026-11-09 01:13:00	1231200000	INACTIVE
tok_1062	790915beb0e3ea14bcdc7972427ce1a2	f391ba01184169a0da6bb1a280c5cc95	ck_7	prod.user163	2026-11-09 02:06:00	1234800000	ACTIVE
tok_1063	c715d743a5d5d26f71595d43d80291db	6346a3bdd91798dc53901dc0a5e3be01	ck_8	prod.user164	2026-11-09 02:59:00	1238400000	ACTIVE
tok_1064	c8054d6acb8b9a7427cfb64f68d1ac5a	4f66beff9f592bbb25f3b202358ca7c4	ck_9	prod.user165	2026-11-09 03:52:00	1242000000	ACTIVE
tok_1065	b902a318f55272953e5a3c47b7752803	d93b1c73d20307d8abc82c689d66ba15	ck_10	prod.user166	2026-11-09 04:45:00	1245600000	EXPIRED
tok_1066	3a014d82cb43128fbe4671e6908a0240	6d1037902a6438a57f795adf1359b85b	ck_11	prod.user167	2026-11-09 05:38:00	1249200000	REVOKED
tok_1067	431819b2d49dc9274ef15b3c55a0f584	10e4aa29367e68e9c8015a7916025e9b	ck_12	prod.user168	2026-11-09 06:31:00	1252800000	INACTIVE
tok_1068	e78b97cf4c33861ad854de2d0c30ceaa	7c031d186c6a0dcfaaef0386aa94e3a8	ck_1	prod.user169	2026-11-09 07:24:00	1256400000	ACTIVE
tok_1069	369b5abc0be9b4abd4c1df105e84fb1a	2335a43a9832dd9d55ec9c1490f108a9	ck_2	prod.user170	2026-11-09 08:17:00	1260000000	ACTIVE
tok_1070	e3c6042178f5f2b795c11537d9a4bdf1	0c66a59a48d87a6908cd123b62124863	ck_3	prod.user171	2026-11-09 09:10:00	1263600000	ACTIVE
tok_1071	289731086e1458a0275406663e9f2b28	ea3156ff7e478b992d07f9b3365a0867	ck_4	prod.user172	2026-11-09 10:03:00	1267200000	EXPIRED
tok_1072	8b0a0573a69b36c60092336ec919198d	7680570de69fbde002498da03895b526	ck_5	prod.user173	2026-11-09 10:56:00	1270800000	REVOKED
tok_1073	f672f58d735d413c99abbfe61aaf1639	39ad058c3f09a04532713f9b66d458f9	ck_6	prod.user174	2026-11-09 11:49:00	1274400000	INACTIVE
tok_1074	895ef5673c93e38c7b12712d18e5b54a	44a999c77e81c1884b6d6d066214db84	ck_7	prod.user175	2026-11-09 12:42:00	1278000000	ACTIVE
tok_1075	879dc0b8105b16f641cb3a54828bed4e	9983ad23571e122a96aeb096b41c2c46	ck_8	prod.user176	2026-11-09 13:35:00	1281600000	ACTIVE
tok_1076	cc909bc8bc69f76d494d016a9a3f273a	bfa0946072842e6874faed52cdee525f	ck_9	prod.user177	2026-11-09 14:28:00	1285200000	ACTIVE
tok_1077	d8a3822038b6787f3155a29103889b87	75ef59b01fc4fe44b5cfad8c1789a6f9	ck_10	prod.user178	2026-11-09 15:21:00	1288800000	EXPIRED
tok_1078	54811a418fe73865dcead46e1709e4e2	e6945efae10a3f0a7552b3896b5ac6ae	ck_11	prod.user179	2026-11-09 16:14:00	1292400000	REVOKED
tok_1079	a202a19890081620fac418292bdfda4b	9e3c974852268a101734cc2335a539df	ck_12	prod.user180	2026-11-09 17:07:00	1296000000	INACTIVE
tok_1080	3f31d9fc894beaf899775e78a659ea8d	2c9e97986c374516ae28afbbae842611	ck_1	prod.user181	2026-11-09 18:00:00	1299600000	ACTIVE
tok_1081	9195def8b1ca1bdb70159b4765a96caf	b9e17a205df7ae5603562653e3a9fbad	ck_2	prod.user182	2026-11-09 18:53:00	1303200000	ACTIVE
tok_1082	f97562f6bc4c449cd5ee0b33ab55b6dd	eaffea05f2b60a44d97a89c13465a8b4	ck_3	prod.user183	2026-11-09 19:46:00	1306800000	ACTIVE
tok_1083	081dd23a5821da3d272e147dabe68d9e	c28faf5203b64250b652793928e444a9	ck_4	prod.user184	2026-11-09 20:39:00	1310400000	EXPIRED
tok_1084	3d26e02a685c228e412040d5fda488a4	be5b55909d12b6c882dec956b4e7c109	ck_5	prod.user185	2026-11-09 21:32:00	1314000000	REVOKED
tok_1085	8651429f5d4140258302061912fd15ce	821b004082fbb5a56eec6c50329c5e98	ck_6	prod.user186	2026-11-09 22:25:00	1317600000	INACTIVE
tok_1086	d02db616c06db658318cee5c16ccfa85	80da9b5226343144b6c5ed97fc7bfa58	ck_7	prod.user187	2026-11-09 23:18:00	1321200000	ACTIVE
tok_1087	ea8331fdad0fa828d515c11b7942bbb7	018d576df1cee1b83e90aacf116fd084	ck_8	prod.user188	2026-11-10 00:11:00	1324800000	ACTIVE
tok_1088	12c818535ad3c75002b5961acab2bc32	6977d1656e440f053fd839daacbfec88	ck_9	prod.user189	2026-11-10 01:04:00	1328400000	ACTIVE
tok_1089	069bdd98cb6811bfd6bb1a195de4c9a8	d422bd55de21b987eb8725be0b3b5932	ck_10	prod.user190	2026-11-10 01:57:00	1332000000	EXPIRED
tok_1090	7e30b13451487dc6205cf0dc507e2a46	9074427f3de6c448827b35ae0f78ae0b	ck_11	prod.user191	2026-11-10 02:50:00	1335600000	REVOKED
tok_1091	e6961b1d251474c1c7f3a04898270da2	7b3dcbf1ee3b0b1564ec23e7f1f9d55c	ck_12	prod.user192	2026-11-10 03:43:00	1339200000	INACTIVE
tok_1092	6471907a6f88c1aa4738c537a1fb2aee	45b3f2506fdaa155035fb013a03ff196	ck_1	prod.user193	2026-11-10 04:36:00	1342800000	ACTIVE
tok_1093	649114bff2893fb3f1fc19094cfc2288	08fa73e35790837a0b0e4083eda6bbf9	ck_2	prod.user194	2026-11-10 05:29:00	1346400000	ACTIVE
tok_1094	f34a89c86fc5363eaa6593529ae2f853	dd8b5f59a6165455e50dea0fd95a9b28	ck_3	prod.user195	2026-11-10 06:22:00	1350000000	ACTIVE
tok_1095	b573b45b255b84ef5e4d1662855111b5	151804eb80ddc2fd9d61d774f866e181	ck_4	prod.user196	2026-11-10 07:15:00	1353600000	EXPIRED
tok_1096	e962629ceb69af55adf815c2b72bc772	87f8b859e262b612cc72189d63854937	ck_5	prod.user197	2026-11-10 08:08:00	1357200000	REVOKED
tok_1097	3540a2bb668ca5747bd06bb7973c9f92	2589d01cd87cf7ac030b4034fa411537	ck_6	prod.user198	2026-11-10 09:01:00	1360800000	INACTIVE
tok_1098	31c6de27416e6229cb668f10946fce84	40af448fc06d5e929b267402d609a163	ck_7	prod.user199	2026-11-10 09:54:00	1364400000	ACTIVE
tok_1099	7dae2d3dde6d64d1608a9faed6fcf3be	e0a8f162e6d2c61e222114f66244b5a3	ck_8	prod.user200	2026-11-10 10:47:00	1368000000	ACTIVE
tok_1100	e5cb65fcff638564bd99491cd809e53c	3f11d4f5a11aaf43b4a09ab38d8189d4	ck_9	prod.user201	2026-11-10 11:40:00	1371600000	ACTIVE
tok_1101	bb140f15d46084df77c52f68051ec5a6	a31e65834631903cc9028f3e492a1ce7	ck_10	prod.user202	2026-11-10 12:33:00	1375200000	EXPIRED
tok_1102	c1c68373555eacd6cb8628f06c61401f	85a26c12507df6105080f372529192b6	ck_11	prod.user203	2026-11-10 13:26:00	1378800000	REVOKED
tok_1103	7d7fb58522ebaf010bd0e8efd3a07df3	0cc9c07e1c1be3b2068feb40a2792d7e	ck_12	prod.user204	2026-11-10 14:19:00	1382400000	INACTIVE
tok_1104	b80b2e7acb04c62cfffe331bb9ba2155	6b96081fa9d0ae51e56a6b6dd6117e63	ck_1	prod.user205	2026-11-10 15:12:00	1386000000	ACTIVE
tok_1105	9cad9e3575aa49c73f32185b91720e51	a2655a99b1da7ab7bf1b931a7a4a071e	ck_2	prod.user206	2026-11-10 16:05:00	1389600000	ACTIVE
tok_1106	a4d8b5e4fae372957e40068edc7bd40f	df02a0075fdf35807f212f64da16308e	ck_3	prod.user207	2026-11-10 16:58:00	1393200000	ACTIVE
tok_1107	e7513342912da9e345fe831da59575ec	c60f9a185498c9e2323e57ad782d3476	ck_4	prod.user208	2026-11-10 17:51:00	1396800000	EXPIRED
tok_1108	7549b69cacc4db6dabc31f0bad66230a	7441696c2052e9e154068dc2ede687ca	ck_5	prod.user209	2026-11-10 18:44:00	1400400000	REVOKED
tok_1109	eb1d66652f0cdf92317b822ca0bd8167	2b0539d8adfc52c63c8a160a2142518a	ck_6	prod.user210	2026-11-10 19:37:00	1404000000	INACTIVE
tok_1110	0caab8cb58ba2cd841c2601c74e16dd3	83ac69a29f076e927259d392e82423cd	ck_7	prod.user211	2026-11-10 20:30:00	1407600000	ACTIVE
tok_1111	6cbaf15206687fd3b1553e6d1df43990	b9c98da200b94156b7bf8a6281fc9d4c	ck_8	prod.user212	2026-11-10 21:23:00	1411200000	ACTIVE
tok_1112	05ea2e6cc0500bd2c87a4bae0871c094	50e622bc482acd28b358bc5e3db7fbab	ck_9	prod.user213	2026-11-10 22:16:00	1414800000	ACTIVE
tok_1113	a83688ba59829513f5c224a9cfa5e5ee	4419c99c14f5f9eea5b514014d377ebe	ck_10	prod.user214	2026-11-10 23:09:00	1418400000	EXPIRED
tok_1114	5b469f3f37098eba38bda3d034e1a7d6	b0ea86cd47a279b5b694c72761bd1fa2	ck_11	prod.user215	2026-11-11 00:02:00	1422000000	REVOKED
tok_1115	27077b898867bcc74766f31cb478d7ec	3ebba34b27106ec56a41d766c75379c9	ck_12	prod.user216	2026-11-11 00:55:00	1425600000	INACTIVE
tok_1116	ee945a9c013868c0b3e2faa24b694e6b	df3cf8d22e62cee75d4af8fb9c9d7ffd	ck_1	prod.user217	2026-11-11 01:48:00	1429200000	ACTIVE
tok_1117	468758cb722aafd7a1684e0947263328	aec9ea671b0affa632165840e861a7ef	ck_2	prod.user218	2026-11-11 02:41:00	1432800000	ACTIVE
tok_1118	087c200c8cfb33aa626b3bb43fc373bd	34472781d17794c54146d528ce756185	ck_3	prod.user219	2026-11-11 03:34:00	1436400000	ACTIVE
tok_1119	eee51d9b44435229bac2b6b13d1f168a	54421c97df74c7fea330b2bdec0b4c06	ck_4	prod.user220	2026-11-11 04:27:00	1440000000	EXPIRED
tok_1120	7974ded58e8957cf1554c30d962804bf	0c5b9c3688621e49ad30d080b81f85c0	ck_5	prod.user221	2026-11-11 05:20:00	1443600000	REVOKED
tok_1121	b22950fcc9243fbfec6176e4d6e0d9cf	95d53b5d9897c14d59e9e420dd2bc24f	ck_6	prod.user222	2026-11-11 06:13:00	1447200000	INACTIVE
tok_1122	7262905e38b54735a250ac990569087c	99146155f1a44da0f1887640b4650060	ck_7	prod.user223	2026-11-11 07:06:00	1450800000	ACTIVE
tok_1123	aba3a818775805108b6f47ec0cbad894	96d913fd0ae8d8aeb1ea3daa6cbba8ab	ck_8	prod.user224	2026-11-11 07:59:00	1454400000	ACTIVE
tok_1124	be4dc49c5d7632f95ae41704eb7635a4	343b56fad9604a556b8c3492afdd7455	ck_9	prod.user225	2026-11-11 08:52:00	1458000000	ACTIVE
tok_1125	72840efaaa05354d9cea85c1177c6594	bc5caf2a0c5f62b5d8f1158c978f581d	ck_10	prod.user226	2026-11-11 09:45:00	1461600000	EXPIRED
tok_1126	42de58a682fe8f54a328cdef069dc132	71cac7fff71ecb0a180a1e7c128875bb	ck_11	prod.user227	2026-11-11 10:38:00	1465200000	REVOKED
tok_1127	4547296b5bd8a11974acd52d6d906dae	765442085e2bc55b147c61166ebb51c4	ck_12	prod.user228	2026-11-11 11:31:00	1468800000	INACTIVE
tok_1128	0ad8e28ba3cb0600b9415f7df5457659	6472d0b836a291c33d92c9ef79c98d5a	ck_1	prod.user229	2026-11-11 12:24:00	1472400000	ACTIVE
tok_1129	92741c48e1582f973c35cc89d1b9e84a	549aa636298c9a8f2bd56fc91acdcf21	ck_2	prod.user230	2026-11-11 13:17:00	1476000000	ACTIVE
tok_1130	a586b9ea6c8769be98e3d9cc0161a12c	fdabe4474877140eabf723cdec13d28b	ck_3	prod.user231	2026-11-11 14:10:00	1479600000	ACTIVE
tok_1131	c29a1aaea268e43bc52d4a682cbb8e43	a7b6ddf9a0b170af16d76a45a0fd251a	ck_4	prod.user232	2026-11-11 15:03:00	1483200000	EXPIRED
tok_1132	25100caaea430edc2f7d0705aa7d06db	fa066fb25837de94a1f0f507722ce2be	ck_5	prod.user233	2026-11-11 15:56:00	1486800000	REVOKED
tok_1133	9c2237848beb400c0efe871c5f84d3fe	c50afe707a7c4dbeb94013944d8e7f99	ck_6	prod.user234	2026-11-11 16:49:00	1490400000	INACTIVE
tok_1134	8b068851dd0cf53631f9fbb9f47b1637	6885f48094e6053c26f7f75ed483ca4c	ck_7	prod.user235	2026-11-11 17:42:00	1494000000	ACTIVE
tok_1135	b70a7de71c30422f298df61d230f1967	41d44c5d976a20666e5142fd8b40c952	ck_8	prod.user236	2026-11-11 18:35:00	1497600000	ACTIVE
tok_1136	2f927f16c825bbf68a4cabf945928935	fba6f3464f14e9eec2909e942d1371a7	ck_9	prod.user237	2026-11-11 19:28:00	1501200000	ACTIVE
tok_1137	5205951ee6283e830db2747778a19804	7beb66b6bac85d0c53bbb6eb44c33928	ck_10	prod.user238	2026-11-11 20:21:00	1504800000	EXPIRED
tok_1138	98a63f5282930127b7cff3e76fc42fe6	efe0c826e74b8c7d4a28fb09805a0507	ck_11	prod.user239	2026-11-11 21:14:00	1508400000	REVOKED
tok_1139	1b1518380b5fee8fc91a213b1c1446bb	670041c58fe0c8abeec20818056295a2	ck_12	prod.user240	2026-11-11 22:07:00	1512000000	INACTIVE
tok_1140	881bb8892be74fff18a6a44bf7da718c	b85cbb032707e6dfd20c6d2bace2a0b9	ck_1	prod.user241	2026-11-11 23:00:00	1515600000	ACTIVE
tok_1141	9adb0d962966f5ba5897e4a5654bb6b0	cab06a43a32bbf2dcca1bb37796e7388	ck_2	prod.user242	2026-11-11 23:53:00	1519200000	ACTIVE
tok_1142	bb5d45a599cde7992351a13a5ceed76c	f7e0fc64bf3addefb4c1cec8534ec3cb	ck_3	prod.user243	2026-11-12 00:46:00	1522800000	ACTIVE
tok_1143	d943a22744f8c7229ee377b4fe85a5c1	a11b4448401272451bcf27d76277567f	ck_4	prod.user244	2026-11-12 01:39:00	1526400000	EXPIRED
tok_1144	e11a3313ebfdc071bcf8923f3ae48ea7	41b113914413c324d1ca34d972c869e4	ck_5	prod.user245	2026-11-12 02:32:00	1530000000	REVOKED
tok_1145	49d58698c6cda78c5a7d5a7124bb688c	ce124d918d5a654fb6c5486440b399e9	ck_6	prod.user246	2026-11-12 03:25:00	1533600000	INACTIVE
tok_1146	e768c8d00371014a65efee7fd032627f	59d0f56793381ebe2d90793954de3929	ck_7	prod.user247	2026-11-12 04:18:00	1537200000	ACTIVE
tok_1147	422fb5d205c75a8d1e558c2a7139d1ad	b9e7c4964aea7deb75be1772529ddf00	ck_8	prod.user248	2026-11-12 05:11:00	1540800000	ACTIVE
tok_1148	bbec2a51b54ee508cafb21be2773ee5b	c26d254043c4c73fbe60309491b7acec	ck_9	prod.user249	2026-11-12 06:04:00	1544400000	ACTIVE
tok_1149	2888ea5c83aa7488aac8180b2d2344d9	657022458e61e896844f756ef06f612d	ck_10	prod.user250	2026-11-12 06:57:00	1548000000	EXPIRED
tok_1150	869fe9eff88f91763b359572c0dfbe42	cd62ab456767432f71e6947c543377ca	ck_11	prod.user251	2026-11-12 07:50:00	1551600000	REVOKED
tok_1151	7696f277c7ab6b224cbfd4763d733d33	0371fc201d543634ddfd9e97b5bfbc64	ck_12	prod.user252	2026-11-12 08:43:00	1555200000	INACTIVE
tok_1152	5feaed12bd07275f54f386bbe1452c1b	c71eb87b9877c020e0c1d81bd998d5cc	ck_1	prod.user253	2026-11-12 09:36:00	1558800000	ACTIVE
tok_1153	b6b8db210a0a1c891a67c3ebad87def2	fea1adcfc809f62155c03d71ed850d76	ck_2	prod.user254	2026-11-12 10:29:00	1562400000	ACTIVE
tok_1154	a0a27ac6e059d0c993abddcf313cafc0	3fb251efa3e92dbb9f7bd3c48ed8fa59	ck_3	prod.user255	2026-11-12 11:22:00	1566000000	ACTIVE
tok_1155	2e3915823386d66b438bb49f68a7a2d2	c571f6cbf6cd96e29a04337017cf43c5	ck_4	prod.user256	2026-11-12 12:15:00	1569600000	EXPIRED
tok_1156	31cbe5cc53d582936a9371e989e45ba0	470751847202f983b6d505d2c93fec19	ck_5	prod.user257	2026-11-12 13:08:00	1573200000	REVOKED
tok_1157	d18c8adfb16b72382091cb3efa6e3605	78e0541a0931d49feb2582488567e2da	ck_6	prod.user258	2026-11-12 14:01:00	1576800000	INACTIVE
tok_1158	77a44d7ffafea42aa300c1d28b4f9c2a	4b7196ecb109662f5691d32f4c7e1564	ck_7	prod.user259	2026-11-12 14:54:00	1580400000	ACTIVE
tok_1159	1703f94ec2500f98704ecf76f967d8f1	42f1041866657673146cd3dda9ca8b35	ck_8	prod.user260	2026-11-12 15:47:00	1584000000	ACTIVE
tok_1160	7e0166aa27d70cb03db3901d75ab66d3	aa739d4f036e7c0394087a10ddba64c4	ck_9	prod.user261	2026-11-12 16:40:00	1587600000	ACTIVE
tok_1161	9ca42b9076e053b927fd5ccc86b12a23	cec46167b0bcc76520db1889238e67b9	ck_10	prod.user262	2026-11-12 17:33:00	1591200000	EXPIRED
tok_1162	9225b5b9f6ab850b19e161e439f03c6f	661f82e0fc1db1c8541f913e34156877	ck_11	prod.user263	2026-11-12 18:26:00	1594800000	REVOKED
tok_1163	a6c77311212767f70b7c6d91bac50b69	2df9f25cd1304cd1f60598cbd57c4175	ck_12	prod.user264	2026-11-12 19:19:00	1598400000	INACTIVE
tok_1164	5ea7ef41c46fadf5ecb11183d955b5a6	499ea301da67e4955fa534d40c65cbc7	ck_1	prod.user265	2026-11-12 20:12:00	1602000000	ACTIVE
tok_1165	f50692045553471c4fd7f5227de4f1e3	0b2377f7663a163dbee60fddd8241b85	ck_2	prod.user266	2026-11-12 21:05:00	1605600000	ACTIVE
tok_1166	932fb48bb09fba87eca5e34987c85cbf	af8651b44c550964d30a06956c73ee36	ck_3	prod.user267	2026-11-12 21:58:00	1609200000	ACTIVE
tok_1167	d92ab8f05a5d4a8a4814dfed6c5dd455	7db2f31c6bc56072b79fa5b77565e745	ck_4	prod.user268	2026-11-12 22:51:00	1612800000	EXPIRED
tok_1168	74f05db369d2407835552f61b9e60704	56d5aebbc1ebd8ea8835545af7a12534	ck_5	prod.user269	2026-11-12 23:44:00	1616400000	REVOKED
tok_1169	dbcbb5beba97ff03a9576097526d780b	cd7c4876f6a7c4c0a5595e14bb18f6d9	ck_6	prod.user270	2026-11-13 00:37:00	1620000000	INACTIVE
tok_1170	bc97a41c22ca0b94c9a44f977a8db538	da5ae43a29add73c38481b574c0ecd77	ck_7	prod.user271	2026-11-13 01:30:00	1623600000	ACTIVE
tok_1171	507cca80a20e67adc1198246c9793bdd	8526f7e850067cd5f6057f6d4f9b0bc2	ck_8	prod.user272	2026-11-13 02:23:00	1627200000	ACTIVE
tok_1172	e303a1bdf1329a7c49983660f47fd68e	2b036ed5e02395cf48e44dd953657485	ck_9	prod.user273	2026-11-13 03:16:00	1630800000	ACTIVE
tok_1173	a57a664462ab5dfea59cc9e3a06dcc4b	77500fa7606f50dd927277d662b4b46f	ck_10	prod.user274	2026-11-13 04:09:00	1634400000	EXPIRED
tok_1174	c6cc1a3e6819ac5ffaf45104610a4096	33c833c5fc7fca3a6afd0eecfb9b12f0	ck_11	prod.user275	2026-11-13 05:02:00	1638000000	REVOKED
tok_1175	c2ca69cba4ace0fa30e25ca89565e7cc	ac1fb46ba646ae2010820860a387de20	ck_12	prod.user276	2026-11-13 05:55:00	1641600000	INACTIVE
tok_1176	6eba4903567c333286c3bafb1913806d	3c31af19a4defb299c56a7c4b3d10413	ck_1	prod.user277	2026-11-13 06:48:00	1645200000	ACTIVE
tok_1177	8f041938a4a44733c41ccd7dbe055904	fa91348ce3193739c9f554ce796485f4	ck_2	prod.user278	2026-11-13 07:41:00	1648800000	ACTIVE
tok_1178	5b9c928a50027c150d721e57dcd777da	8ef92ffa1ea44773bdabdf43515ee9cc	ck_3	prod.user279	2026-11-13 08:34:00	1652400000	ACTIVE
tok_1179	5272197b02acc32932d151714c6fb78d	832abee92228cae5a5378aed139fe23d	ck_4	prod.user280	2026-11-13 09:27:00	1656000000	EXPIRED
tok_1180	6365121ecee5f6f10e8e626244451ba0	f719136e6a5daf97165c493dd6340f19	ck_5	prod.user281	2026-11-13 10:20:00	1659600000	REVOKED
tok_1181	eb8e42791ed21e6ac893205c2921e286	cefd6f6e8188e75a6d5cc0ec8e96e6d9	ck_6	prod.user282	2026-11-13 11:13:00	1663200000	INACTIVE
tok_1182	542593faa9845854c21020e67d7e5ae9	212de4c71a7ee252c0db39dbe4530385	ck_7	prod.user283	2026-11-13 12:06:00	1666800000	ACTIVE
tok_1183	29f749d7ec4d4a0e322ce63c6351c780	7eebff47b4cfad5db068cf76703a7fd8	ck_8	prod.user284	2026-11-13 12:59:00	1670400000	ACTIVE
tok_1184	0e0045730fcd9008fa5ea9b2659e9048	cf2b1bd8928c920e089dd41a1264c07a	ck_9	prod.user285	2026-11-13 13:52:00	1674000000	ACTIVE
tok_1185	4f38b7bf598252e8947b838b52d36ef5	bfd6b166c540732ab9cdef4ba0266fcc	ck_10	prod.user286	2026-11-13 14:45:00	1677600000	EXPIRED
tok_1186	3c97f93df9d3c42f1aed9612291be1f8	1f544163c2c451c98bc44574a1179a20	ck_11	prod.user287	2026-11-13 15:38:00	1681200000	REVOKED
tok_1187	93325873977aff5231a105e43c99320b	887519bd47f952b1aec0301329d9c717	ck_12	prod.user288	2026-11-13 16:31:00	1684800000	INACTIVE
tok_1188	acd1a89f84c6b8e3332b74e064e29ebf	c619a9bd92f494f94eef39f38463305d	ck_1	prod.user289	2026-11-13 17:24:00	1688400000	ACTIVE
tok_1189	45def3f1c1182abfa62cb22e40151278	a4709f8c4818e04f5a30d6802871c069	ck_2	prod.user290	2026-11-13 18:17:00	1692000000	ACTIVE
tok_1190	93f41a9a4301a1569ddb4173dbed24a3	2bd18b94c4344ee69792d107d3322adf	ck_3	prod.user291	2026-11-13 19:10:00	1695600000	ACTIVE
tok_1191	0377b0f4c4512b07c9a47eef27768361	45288326317466ce231c6894c1d94d6f	ck_4	prod.user292	2026-11-13 20:03:00	1699200000	EXPIRED
tok_1192	7f70415cf9caa327e4234174f174c9d3	bffa84dee95443021d4dbb6573532ae7	ck_5	prod.user293	2026-11-13 20:56:00	1702800000	REVOKED
tok_1193	6b8253c1a780865e9b0294629154ae5c	3e1f6605ece90bcdabebfc9b9f0e817f	ck_6	prod.user294	2026-11-13 21:49:00	1706400000	INACTIVE
tok_1194	e895990bb630543cf0ba8a88a461adbe	201cea79f29527086553018303378117	ck_7	prod.user295	2026-11-13 22:42:00	1710000000	ACTIVE
tok_1195	28a14a53d5000134cd54bb8e98fd4f7d	3dab0a1479b7c43f931aa421376cf2da	ck_8	prod.user296	2026-11-13 23:35:00	1713600000	ACTIVE
tok_1196	219bbdd3878b35242ff652552f03c354	6c7e888f1203597c9b245d27c8ceb5ba	ck_9	prod.user297	2026-11-14 00:28:00	1717200000	ACTIVE
tok_1197	e7e8a9376bd58c928b48c39cbb9ea254	39fbc4d2f5de35fa9765d6b159fdf883	ck_10	prod.user298	2026-11-14 01:21:00	1720800000	EXPIRED
tok_1198	dc0caa41eff587dfcb207a1a7a931565	15c04bba1b945b7a11982d2295749912	ck_11	prod.user299	2026-11-14 02:14:00	1724400000	REVOKED
tok_1199	8592a6bf024b993bc5075602a82ac054	fed5d8e7ac0c25363f8dd5cd8f6eb9d1	ck_12	prod.user300	2026-11-14 03:07:00	1728000000	INACTIVE
tok_1200	e74e808838ed276bb7bde8b109405a57	302805da8a0551e0b4bd12273294dd99	ck_1	prod.user1	2026-11-14 04:00:00	1731600000	ACTIVE
tok_1201	76e3e3845a64a946f1668660a3f1dad1	f91d5788720e75377835f38e3e197f6b	ck_2	prod.user2	2026-11-14 04:53:00	1735200000	ACTIVE
tok_1202	56849248aa51732a9db9d3ec61fe8e6c	d3ac463b9440de3baa5ab3fab80d411f	ck_3	prod.user3	2026-11-14 05:46:00	1738800000	ACTIVE
tok_1203	3af663f65409100779b02dbf8a618bc1	45899ca4d96420f41bdfa9c4cc521c42	ck_4	prod.user4	2026-11-14 06:39:00	1742400000	EXPIRED
tok_1204	23609ba2c5102cf533627a8a099c9355	709500837c326ce9989dba60c48e682f	ck_5	prod.user5	2026-11-14 07:32:00	1746000000	REVOKED
tok_1205	670b933fc303d4fffaffbf6e1cae7ed4	66a3f3dfeccd6154c8df586fb0023454	ck_6	prod.user6	2026-11-14 08:25:00	1749600000	INACTIVE
tok_1206	55e0bc4fff050c7991e2075f1c6e0fee	496cae5c7a505ed726b1a91fbaef135f	ck_7	prod.user7	2026-11-14 09:18:00	1753200000	ACTIVE
tok_1207	4875b0b1e6ee37f6dc60202934212979	e0c36f9f22b6905a09cf68a0f44cdbef	ck_8	prod.user8	2026-11-14 10:11:00	1756800000	ACTIVE
tok_1208	7d04f3cf7777b9b6780a8684dfc2f7e5	704b1cff49ca4f40362a86afee7ce029	ck_9	prod.user9	2026-11-14 11:04:00	1760400000	ACTIVE
tok_1209	253daa881cfc3c7f97de28c3476f9838	c66974b7ae2ea0bc8a147e8b7b3822f5	ck_10	prod.user10	2026-11-14 11:57:00	1764000000	EXPIRED
tok_1210	6652de76d7d01a7414bb634cfdf9cbac	65e8939da44fb618a0e3ea89f21906cf	ck_11	prod.user11	2026-11-14 12:50:00	1767600000	REVOKED
tok_1211	5c26e88a4eea658879b2f1e7afacec14	46cf0000d21b56121392d9f4c36e6732	ck_12	prod.user12	2026-11-14 13:43:00	1771200000	INACTIVE
tok_1212	63e6a298277ff84da9116e5d0475996e	f256101fee027b72fe16b10b728d2d65	ck_1	prod.user13	2026-11-14 14:36:00	1774800000	ACTIVE
tok_1213	aee8f1d249b48e3c552b10630ff5b0ee	4ea048925a8505ea977ee1d528a8ea4b	ck_2	prod.user14	2026-11-14 15:29:00	1778400000	ACTIVE
tok_1214	ac3283a389479aeabbd523dffbc75a4d	c0e0e2ee5d541197b9179a66e2320246	ck_3	prod.user15	2026-11-14 16:22:00	1782000000	ACTIVE
tok_1215	a3311b22c9250c544e7d53600a6cd6d0	ec8aed82ad02d773a8dc70207fb08f9b	ck_4	prod.user16	2026-11-14 17:15:00	1785600000	EXPIRED
tok_1216	ca7ce0601fe2321d9f8355aeba55038d	bd9668f0521ef453221653eea72888ef	ck_5	prod.user17	2026-11-14 18:08:00	1789200000	REVOKED
tok_1217	dc48eb3bfdd3d4970d9768584d7ff0f3	68ef52789dfe9a14cfff4b3899f9b528	ck_6	prod.user18	2026-11-14 19:01:00	1792800000	INACTIVE
tok_1218	9e47b234802eb3823fc542f604111020	a125288e702556d0ead3c1c733adb9ce	ck_7	prod.user19	2026-11-14 19:54:00	1796400000	ACTIVE
tok_1219	acc3a0da2f58e05fa781ef96985c1058	2a16d78536f8ace323c88852ff4196e4	ck_8	prod.user20	2026-11-14 20:47:00	1800000000	ACTIVE
tok_1220	f97b11fd1d70595e098f7f62b5a0c616	88cf7a3db63610069a2226e117da57b0	ck_9	prod.user21	2026-11-14 21:40:00	1803600000	ACTIVE
tok_1221	c95a8fdc99b8d5079624aeda36e98aaa	b1187548cc7a40087ee3d1871c1a5f65	ck_10	prod.user22	2026-11-14 22:33:00	1807200000	EXPIRED
tok_1222	591abaa4dbb0e711ccba6e2292ab1ca0	7dc637eaa2f14f559cac9d6df53de5a9	ck_11	prod.user23	2026-11-14 23:26:00	1810800000	REVOKED
tok_1223	f9a5eb22d1d1a1882b2aeecd1b53048f	9793f17040913e88225b5e9440e8841e	ck_12	prod.user24	2026-11-15 00:19:00	1814400000	INACTIVE
tok_1224	49c8415d94cea414ac78670ee673275c	c3c536896d290ae2ec2e4493da2a7767	ck_1	prod.user25	2026-11-15 01:12:00	1818000000	ACTIVE
tok_1225	809ed42d032703167fc6e87eb0b979ca	18f5b7def587e6aa4796eac326857473	ck_2	prod.user26	2026-11-15 02:05:00	1821600000	ACTIVE
tok_1226	737ec32830cfab5e823cd3c66c057f3c	e35504a873b5d861b59a50e859bc8eb5	ck_3	prod.user27	2026-11-15 02:58:00	1825200000	ACTIVE
tok_1227	73252c60c610960d8d1fe32214861962	1fd326d286da16b9758a54684d899c05	ck_4	prod.user28	2026-11-15 03:51:00	1828800000	EXPIRED
tok_1228	0b0d99e053c471ef916c1768b022c13a	1962a2e119ef648347f768b5dde3993f	ck_5	prod.user29	2026-11-15 04:44:00	1832400000	REVOKED
tok_1229	903b5f1b3756effe69f965d61f692695	4ae9d5b8a2d1372d6cc9564faf7fdfd6	ck_6	prod.user30	2026-11-15 05:37:00	1836000000	INACTIVE
tok_1230	cf27733d35eb728edb2096b643a6d1db	8a521c88bfcbcb70157cb52fb7c783e9	ck_7	prod.user31	2026-11-15 06:30:00	1839600000	ACTIVE
tok_1231	787f60eccbbcb11dd834d05f9ba3456e	947309cd47222e7ecd049aa46dd73b42	ck_8	prod.user32	2026-11-15 07:23:00	1843200000	ACTIVE
tok_1232	876c6b5ad30d50388b1f535942059abd	ea2445ad4d87ab7610fc523eff0af1ad	ck_9	prod.user33	2026-11-15 08:16:00	1846800000	ACTIVE
tok_1233	aa3f1f0c3bd180a785a10a73bb838209	8503bf2305698e40aa35bb467805e4ee	ck_10	prod.user34	2026-11-15 09:09:00	1850400000	EXPIRED
tok_1234	35eb083934578bffa07875961e219cd8	5dcb0089dec5934a176f593a2dc9927c	ck_11	prod.user35	2026-11-15 10:02:00	1854000000	REVOKED
tok_1235	90255d69c6a16a1a9df07d88e32005b9	824839c0502002123fc4a5d7499449a1	ck_12	prod.user36	2026-11-15 10:55:00	1857600000	INACTIVE
tok_1236	8ccf00193901ab4bdb88788c656e9e1d	daeaeda1c0102aef2ee29285b0d3cd4d	ck_1	prod.user37	2026-11-15 11:48:00	1861200000	ACTIVE
tok_1237	4f3065316ce6e50fb74d1b9872ba6fa4	d5416945b2f941476f25bb85468b7946	ck_2	prod.user38	2026-11-15 12:41:00	1864800000	ACTIVE
tok_1238	15d95842b7467488f478cc34bbdcde12	c0e69e1c990c65e4838771627fa8898c	ck_3	prod.user39	2026-11-15 13:34:00	1868400000	ACTIVE
tok_1239	03c2222864f8da999328b2301946014a	905e2a201d1469f3f85c52cd88a0ea6c	ck_4	prod.user40	2026-11-15 14:27:00	1872000000	EXPIRED
tok_1240	d63a08ba30247572d507d15007968138	3a8e370dc4f77f0c6607b7a1461a94bf	ck_5	prod.user41	2026-11-15 15:20:00	1875600000	REVOKED
tok_1241	f2e445c4a893dc314b6a70b0b9636a12	cae7e21f8dbdac1b5cb13d3575dfa477	ck_6	prod.user42	2026-11-15 16:13:00	1879200000	INACTIVE
tok_1242	df3f1f24e3065b7641ee5ac8d599a6d9	563047ddf0134d03ee492df0196f38a5	ck_7	prod.user43	2026-11-15 17:06:00	1882800000	ACTIVE
tok_1243	1ce6ac46f3c0049a8aedfc6b15f9cb21	837b865779e3afc4fd2bca132bb6226f	ck_8	prod.user44	2026-11-15 17:59:00	1886400000	ACTIVE
tok_1244	2426fe704dfc9141779f35c8059d7b15	d428532306d02fef6e7d44af5dbea848	ck_9	prod.user45	2026-11-15 18:52:00	1890000000	ACTIVE
tok_1245	136c03363f4ecc2c1df26add6f4839bd	6b60cf7bdcadfb6e975afb6d11386738	ck_10	prod.user46	2026-11-15 19:45:00	1893600000	EXPIRED
tok_1246	e1ed58729ac2a5b4b8914ec3026bc6d8	917a6fb5917a0ea5fb9bad7983c75ab6	ck_11	prod.user47	2026-11-15 20:38:00	1897200000	REVOKED
tok_1247	626731aa3f95aa18ab9f1354c3a9fa85	8f73b1ad46a7b57c26e78d54a04ffef9	ck_12	prod.user48	2026-11-15 21:31:00	1900800000	INACTIVE
tok_1248	17d987f5eddb7f5ac10ad12c26957cda	97f3b434e139c41b2962358975312dd5	ck_1	prod.user49	2026-11-15 22:24:00	1904400000	ACTIVE
tok_1249	7ece7ef09cfc3c8346ec2e6104782d04	4eb53166ed1c0cab9bcfc22725f0c738	ck_2	prod.user50	2026-11-15 23:17:00	1908000000	ACTIVE
tok_1250	658381cf7382ae669d645dd9ba07423b	1478d9e3b09952423825cccca322d378	ck_3	prod.user51	2026-11-16 00:10:00	1911600000	ACTIVE
tok_1251	8ef897b1fe6c07953dacf24934878cbc	51bbaa1f5b2ea30f204c1f4c453a0e4c	ck_4	prod.user52	2026-11-16 01:03:00	1915200000	EXPIRED
tok_1252	e15287ed0629baaeee34a0c72fc467ef	1dd5d22992893084c034cbe39a6a22d2	ck_5	prod.user53	2026-11-16 01:56:00	1918800000	REVOKED
tok_1253	650e6dfaac6b33f83fa9a17c7de5e779	5f3ba7a7f73b930172c504e91e608aff	ck_6	prod.user54	2026-11-16 02:49:00	1922400000	INACTIVE
tok_1254	309cd73e361328cbd3fa8907a0c0fb50	6978ee5f2325a1006179ecd482eff5b4	ck_7	prod.user55	2026-11-16 03:42:00	1926000000	ACTIVE
tok_1255	81548237218d55090b33b2985197f036	58cd7723510e6c3e08cc6005f3c01dff	ck_8	prod.user56	2026-11-16 04:35:00	1929600000	ACTIVE
tok_1256	9feaa311082aa384ae592230d4bc2d75	5b3c5d2f950d99ba78936024703448c9	ck_9	prod.user57	2026-11-16 05:28:00	1933200000	ACTIVE
tok_1257	5fd08e87943a3a1a62f82ba3133ee709	54b3027f7172c32c033b52b7cc4aaeaa	ck_10	prod.user58	2026-11-16 06:21:00	1936800000	EXPIRED
tok_1258	1d01ebf65ae4704cf9615e97a87c06e6	2710580bfccebaece6bc1fa3c32e955a	ck_11	prod.user59	2026-11-16 07:14:00	1940400000	REVOKED
tok_1259	aef42f39f79b4eeaf27e89d75663547d	97f10db6622be6e3a728aa4f6eade564	ck_12	prod.user60	2026-11-16 08:07:00	1944000000	INACTIVE
tok_1260	97a9529f0df50fa0493000cfe914f685	09203504375d1c22d9c8ac2d336275fc	ck_1	prod.user61	2026-11-16 09:00:00	1947600000	ACTIVE
tok_1261	3a3e2382d995a8a559fc5a8347e10366	38cd4d438de4f791acbdf15719a3341c	ck_2	prod.user62	2026-11-16 09:53:00	1951200000	ACTIVE
tok_1262	e9140651d21f8ce2c8c9f62b29d7aee3	32469e96b353e9bec0ba73a658578500	ck_3	prod.user63	2026-11-16 10:46:00	1954800000	ACTIVE
tok_1263	f621b2d2ef3b773c043ad93e6bda5754	902953eba6a11c610e130a351a4cdabc	ck_4	prod.user64	2026-11-16 11:39:00	1958400000	EXPIRED
tok_1264	1bb9d541eebb762fb99297052c605b47	49606becaea8d4267e85efd0424875c9	ck_5	prod.user65	2026-11-16 12:32:00	1962000000	REVOKED
tok_1265	682417d0f8eef70a3f749f1634f53318	050243c6a156b12a51e6f0e8be682c5a	ck_6	prod.user66	2026-11-16 13:25:00	1965600000	INACTIVE
tok_1266	cc4d5066b8fbc0ffc7f03eedd71f79e6	eca7060fcc70a0c960cb460a92e20a2b	ck_7	prod.user67	2026-11-16 14:18:00	1969200000	ACTIVE
tok_1267	6df43688c09960d00e3b73c8e7910580	b2cc8f2a0bfa3bafdfd1d6e75e2db076	ck_8	prod.user68	2026-11-16 15:11:00	1972800000	ACTIVE
tok_1268	50dbac607bfdaa200f08809f7dbb6fd5	08253e1a2ac1feeb9c57c48e8998c715	ck_9	prod.user69	2026-11-16 16:04:00	1976400000	ACTIVE
tok_1269	b9fb90a555447ce1ba38362bb6a5b8bc	f74075a655b8cadf8c395304213486b5	ck_10	prod.user70	2026-11-16 16:57:00	1980000000	EXPIRED
tok_1270	4dbf67e0062670c66305147bbe10e506	c9de1f32bf01fef2774ddb864aad9129	ck_11	prod.user71	2026-11-16 17:50:00	1983600000	REVOKED
tok_1271	8b73a706a1a343a49c3df59efe310350	ede96ffe4475d668863cf8be16f6e9cf	ck_12	prod.user72	2026-11-16 18:43:00	1987200000	INACTIVE
tok_1272	88b23da9df06d80c58d3ae0c95ab7bb8	ed3b55c4e8f5691e5ca295733a33c806	ck_1	prod.user73	2026-11-16 19:36:00	1990800000	ACTIVE
tok_1273	c0bdf4787c854e24b853b1c7641a75cd	8cecee98c988f488a1cd04dfa747273b	ck_2	prod.user74	2026-11-16 20:29:00	1994400000	ACTIVE
tok_1274	d8a6c0324fd73d4a9c7424d895ef4de4	337c02f17ddc4d08b5617aa71a6dcbf4	ck_3	prod.user75	2026-11-16 21:22:00	1998000000	ACTIVE
tok_1275	4a9a5398195c38657f6dccb3f776358d	0d1268745fef42d9c17476a502df1171	ck_4	prod.user76	2026-11-16 22:15:00	2001600000	EXPIRED
tok_1276	5a94115eb1c50840204f04da0e375d9d	a249ab5f45d41dda67b44be70ef5c25c	ck_5	prod.user77	2026-11-16 23:08:00	2005200000	REVOKED
tok_1277	4298e98245f83d7e7e67a735bb5678cf	94f1726807dd9415e0fb9489d240539a	ck_6	prod.user78	2026-11-17 00:01:00	2008800000	INACTIVE
tok_1278	22768bda5a240c7b67df753543a1ae46	6017c2df7b38c9cf7acbdbb53ed39e3c	ck_7	prod.user79	2026-11-17 00:54:00	2012400000	ACTIVE
tok_1279	b4540df04239c9b61bfe977a236e91a0	5e3b4fd0d01e6205b86f184d46ae0f19	ck_8	prod.user80	2026-11-17 01:47:00	2016000000	ACTIVE
tok_1280	51071bf6cc043fa0562dfe95dfda15ce	c690ec5cb7f159de443ce34a03cd8cfb	ck_9	prod.user81	2026-11-17 02:40:00	2019600000	ACTIVE
tok_1281	baa92e6840d7ba6d0e25fe55e3e1c844	5ba58c1d3eca845ec8f5b6bbbb81fc7a	ck_10	prod.user82	2026-11-17 03:33:00	2023200000	EXPIRED
tok_1282	85d6bc59fb13bba0e84a68156d21c51b	560415e7625b5507e8a8cc5cfa8bf4a5	ck_11	prod.user83	2026-11-17 04:26:00	2026800000	REVOKED
tok_1283	878d1b00f377582f679390561bc2e29d	5f5cc744285f366f29735ced0f8fbdff	ck_12	prod.user84	2026-11-17 05:19:00	2030400000	INACTIVE
tok_1284	7781cf93ab5dbec4309316f17947d196	04dceca85614549663f33bf45baac38a	ck_1	prod.user85	2026-11-17 06:12:00	2034000000	ACTIVE
tok_1285	4c49773c26c46d1f7c4a6b90865ad0ba	9bb0279da212d64cb527c6ac495d169e	ck_2	prod.user86	2026-11-17 07:05:00	2037600000	ACTIVE
tok_1286	6c0feb58b2ac94da668eebe61fec8e4b	ffa0977eff7c7a6f20142ff437c27567	ck_3	prod.user87	2026-11-17 07:58:00	2041200000	ACTIVE
tok_1287	71e3c9fe785e913f6a8fdb0e53095eb7	87da06d401c1a8f4cee5d1627588971d	ck_4	prod.user88	2026-11-17 08:51:00	2044800000	EXPIRED
tok_1288	e97e3d98cfc8fc708235f107d004d17e	7bd3e8be47ff617f365bafaed11c9b7e	ck_5	prod.user89	2026-11-17 09:44:00	2048400000	REVOKED
tok_1289	2e7434bec949c94de3692b4ecac043e3	1f6e80e333e97f8cd827cbfc67e1f27f	ck_6	prod.user90	2026-11-17 10:37:00	2052000000	INACTIVE
tok_1290	111b1a9fe99ad45aa57b10c81dae836d	917038ba78054c784a9bdc1882222bb0	ck_7	prod.user91	2026-11-17 11:30:00	2055600000	ACTIVE
tok_1291	0983bb8f95d72b9630e2ef5c394f92ee	7906b25e8da8b7e615d8721ab2389fae	ck_8	prod.user92	2026-11-17 12:23:00	2059200000	ACTIVE
tok_1292	8e1dc5f767cd09d004858690b0dcf62f	bac931d886359dc19777af5a6c1bcb6a	ck_9	prod.user93	2026-11-17 13:16:00	2062800000	ACTIVE
tok_1293	c18017b71f0adca4d78bf377b0b215a0	3a30052b4abefdc59c93fde822f58be9	ck_10	prod.user94	2026-11-17 14:09:00	2066400000	EXPIRED
tok_1294	ba81403f38fc5d059f0ce0aa235e687f	8403a380df098e694ac73e22a1874157	ck_11	prod.user95	2026-11-17 15:02:00	2070000000	REVOKED
tok_1295	a35b773b68fb8f1add036582ab1b99f3	dfa3e492ac427f882628c16a72042891	ck_12	prod.user96	2026-11-17 15:55:00	2073600000	INACTIVE
tok_1296	a91eb49fb9a08c24b60381a739e113c2	26b3515ebb9c559e5e23efadd6198dfa	ck_1	prod.user97	2026-11-17 16:48:00	2077200000	ACTIVE
tok_1297	23e60e1150e53c197c7f71d441905556	532a15b275d9878da07b621976ca90cc	ck_2	prod.user98	2026-11-17 17:41:00	2080800000	ACTIVE
tok_1298	e83a29af5864c4195c43635a23f7b76f	c2a16b8670107bff82583b6b64e5c381	ck_3	prod.user99	2026-11-17 18:34:00	2084400000	ACTIVE
tok_1299	134baaf2f5e256c01f2a83ec8485d9a1	e289f20ad9faf0044599cad1b1bb1c75	ck_4	prod.user100	2026-11-17 19:27:00	2088000000	EXPIRED
tok_1300	6d1022a66306aade1a429ed223a98a6c	1c3b826200263081460993e71ce72997	ck_5	prod.user101	2026-11-17 20:20:00	2091600000	REVOKED
tok_1301	1c11e1baff588de44a56382c2ac496c0	a7285f275bda4fde6cbc2732ad290309	ck_6	prod.user102	2026-11-17 21:13:00	2095200000	INACTIVE
tok_1302	f2bb0748edd5170419d63f7254211f8a	2f56e9f3084e6492a43e412f8be4581f	ck_7	prod.user103	2026-11-17 22:06:00	2098800000	ACTIVE
tok_1303	7b75923641c22c264aec5890c2d88209	6b612a0557bcd6c76a1c3d8059b03703	ck_8	prod.user104	2026-11-17 22:59:00	2102400000	ACTIVE
tok_1304	79970eb33a62dd9a64ea17bae452f21d	24f1776a2bf7d0fdddd2fba588d36fcb	ck_9	prod.user105	2026-11-17 23:52:00	2106000000	ACTIVE
tok_1305	dedd917f374600e1fc56bc6176f67bc7	661e696c87c87dbd4baf876de0c974ed	ck_10	prod.user106	2026-11-18 00:45:00	2109600000	EXPIRED
tok_1306	c560a2dedbbc29327b2ff09ba096f9c6	fa0fb411272ac5ef20626a2b38986282	ck_11	prod.user107	2026-11-18 01:38:00	2113200000	REVOKED
tok_1307	fabc2ffbc1ed4d5cd2866a7a219b9a80	e8f307638d8e3021263ff532a87f7437	ck_12	prod.user108	2026-11-18 02:31:00	2116800000	INACTIVE
tok_1308	1af07ab12a2086da2dd0d60c74b3b0d3	e1ecd87901b183196e4fa7f8175ae57a	ck_1	prod.user109	2026-11-18 03:24:00	2120400000	ACTIVE
tok_1309	c06a25d8d835c08a6e10d94901742895	845adde5c402bf02d08fc940a324bc9e	ck_2	prod.user110	2026-11-18 04:17:00	2124000000	ACTIVE
tok_1310	98dc5c25aa5d85620542894f23ea038a	2dc571ba8a5798b78d111f2068e7ce56	ck_3	prod.user111	2026-11-18 05:10:00	2127600000	ACTIVE
tok_1311	c8817b1e9ed95c16dbd2ee3acaeb47b4	c6ed28c49879929153b7177061a8ff13	ck_4	prod.user112	2026-11-18 06:03:00	2131200000	EXPIRED
tok_1312	d387d8f788590cc0cb0bef3da50d167c	dace8ce1ef18341ffe78f13578c483e2	ck_5	prod.user113	2026-11-18 06:56:00	2134800000	REVOKED
tok_1313	9b16c196ff13e8e363b7543fd6e393f2	d4fae4b399a9b01fccee466092c8a77f	ck_6	prod.user114	2026-11-18 07:49:00	2138400000	INACTIVE
tok_1314	e3fc2ade4c7921175610a640d909c55a	7e9eb255bf3239342570415c68febdfa	ck_7	prod.user115	2026-11-18 08:42:00	2142000000	ACTIVE
tok_1315	9ad1b3978fe407d61442c35d689820f8	4fd2462d01bc68c698d9fd8116dac274	ck_8	prod.user116	2026-11-18 09:35:00	2145600000	ACTIVE
tok_1316	8257aad7e0c0f06c2df9acc827773158	0f170abf87f17aa54a8ceada700123ca	ck_9	prod.user117	2026-11-18 10:28:00	2149200000	ACTIVE
tok_1317	59788526ebc06b925e4c64c502571db1	04667598c2026302c3100a7e74644e42	ck_10	prod.user118	2026-11-18 11:21:00	2152800000	EXPIRED
tok_1318	a3c167bed3d0ac044cbb9f7ca3dbbc21	63bfa81b1937748b0e98ed1577823cad	ck_11	prod.user119	2026-11-18 12:14:00	2156400000	REVOKED
tok_1319	7a1189509eabcfbe32ffedb78a31d4cc	ae94c2fc3311e0c684bc2a53cfc172a6	ck_12	prod.user120	2026-11-18 13:07:00	2160000000	INACTIVE
tok_1320	8d249e66d6580a6b30e38ddecca7b16c	bd6647ca88846e5129c8545af222b5d9	ck_1	prod.user121	2026-11-18 14:00:00	2163600000	ACTIVE
tok_1321	839f0ba7141b3acbf1e48ce90e3a233b	eb3bdcb3a5b2b78caed2ec941eac31c1	ck_2	prod.user122	2026-11-18 14:53:00	2167200000	ACTIVE
tok_1322	2695778ebdda9d848989622eb5b6ac0f	870c94f0b3b713691ce6642d5d339837	ck_3	prod.user123	2026-11-18 15:46:00	2170800000	ACTIVE
tok_1323	303a305c4d664f41ec81f044cd29b52a	bbdca4795131b51de9aa44ac56b0b972	ck_4	prod.user124	2026-11-18 16:39:00	2174400000	EXPIRED
tok_1324	95b81281c7f5e199356f3b31bca52582	519ba38b2c9f1a13dc8203e4b63d2e85	ck_5	prod.user125	2026-11-18 17:32:00	2178000000	REVOKED
tok_1325	fc922e705f753fff46dd1122ad44bb8f	a59044b7e76a86f9de4679eb7c25b75d	ck_6	prod.user126	2026-11-18 18:25:00	2181600000	INACTIVE
tok_1326	0bb02a774f3c79b84dd5a0d1587c3f0e	1255869a31f2c627625ed7edd7acfa24	ck_7	prod.user127	2026-11-18 19:18:00	2185200000	ACTIVE
tok_1327	1f2489ad158a9800f2ca96b98eb4d334	21f9e2dad2269faaae1f0d6a2090dbcf	ck_8	prod.user128	2026-11-18 20:11:00	2188800000	ACTIVE
tok_1328	02531aadefffda73ed0e93fffb8c06ec	566186cb80c5a456e26e414e55f555b1	ck_9	prod.user129	2026-11-18 21:04:00	2192400000	ACTIVE
tok_1329	2fdbf7c01eba7f6165516f3bc57f6469	b58ef08e50459e39172f42e8a6e25e1c	ck_10	prod.user130	2026-11-18 21:57:00	2196000000	EXPIRED
tok_1330	cf74ee22f5f349a204216911c35fdedf	d4300c3233591c60a2dc6021931fb41f	ck_11	prod.user131	2026-11-18 22:50:00	2199600000	REVOKED
tok_1331	a145c74343cef78df9e1e36f75ecec23	b34f527bd249701f1667738bdd5c618a	ck_12	prod.user132	2026-11-18 23:43:00	2203200000	INACTIVE
tok_1332	357fb2d4962fa7af8333e51ab19aff59	223fc77fb11dfb418393cc2c60ee316f	ck_1	prod.user133	2026-11-19 00:36:00	2206800000	ACTIVE
tok_1333	888e74af2dba8f321af4a410750981b5	551e4a578d6d7ab7f7043d5b95ec7700	ck_2	prod.user134	2026-11-19 01:29:00	2210400000	ACTIVE
tok_1334	e415343e3f4179651b8def732e8c6a80	fc7b7d3e62fe90bf6d73868e24235923	ck_3	prod.user135	2026-11-19 02:22:00	2214000000	ACTIVE
tok_1335	8b06d04b7d0b0ce21cf992c8b4456dbb	696ebf822548b81010c8227499a6c73b	ck_4	prod.user136	2026-11-19 03:15:00	2217600000	EXPIRED
tok_1336	cea997d2b288f37d9760e4b33a9c9f8f	f172a963fb280c80eb92c57e6240cacb	ck_5	prod.user137	2026-11-19 04:08:00	2221200000	REVOKED
tok_1337	ce71ce4bf04cb88047a11eb8c4f09d48	17324d0bbdc885372194b41801984b6f	ck_6	prod.user138	2026-11-19 05:01:00	2224800000	INACTIVE
tok_1338	05f0f9dbfca98119257d693e505600f5	762577ab03d26904c0b244f87a5c1722	ck_7	prod.user139	2026-11-19 05:54:00	2228400000	ACTIVE
tok_1339	c8eac32f90f0cc2f8ef9953b827e32f2	8591cb84a890b88c464441a3e4349f14	ck_8	prod.user140	2026-11-19 06:47:00	2232000000	ACTIVE
tok_1340	3c09a85a58a22ce9f7c6643f847ed320	2e075996510612793437fe18625972d4	ck_9	prod.user141	2026-11-19 07:40:00	2235600000	ACTIVE
tok_1341	0515f51affc2e44d3d911f21d1ae2b52	30e4f1e7745a489a92ee511216129de4	ck_10	prod.user142	2026-11-19 08:33:00	2239200000	EXPIRED
tok_1342	e81d8062cb8b9989384f77fcd721c60d	5fdd8f591d3d9fb3a0bce0e7539904b2	ck_11	prod.user143	2026-11-19 09:26:00	2242800000	REVOKED
tok_1343	2976b7dfb25a73bf8b2fb03a5f7e3700	5fe203cf94f2d68dd2359d6fecfce750	ck_12	prod.user144	2026-11-19 10:19:00	2246400000	INACTIVE
tok_1344	6e0c9751f455e59011966f022128d0d9	cfa609b17bd63e8f53c3a5b8e2e2912b	ck_1	prod.user145	2026-11-19 11:12:00	2250000000	ACTIVE
tok_1345	a1b4484256df496833345c663d26363e	f46b72a0ecddb75ee1256a7013433cba	ck_2	prod.user146	2026-11-19 12:05:00	2253600000	ACTIVE
tok_1346	74e22b34235661dd6faabeb55059b654	7e0b956dac07852d006aed15a01a2a3c	ck_3	prod.user147	2026-11-19 12:58:00	2257200000	ACTIVE
tok_1347	85bddf9c2aa5df933f89b86323f91d9b	bca479429c7ccf90908f6aa2181e0f7e	ck_4	prod.user148	2026-11-19 13:51:00	2260800000	EXPIRED
tok_1348	a8fb15bc5bcff909bbab65b835fc28a5	99bd3ad057696cc6bb8a94e9d06dfe4d	ck_5	prod.user149	2026-11-19 14:44:00	2264400000	REVOKED
tok_1349	2f6c4f729275461dd1422a89d7d44e39	2e8abd11d1ed2068b2676ebe75cb6a49	ck_6	prod.user150	2026-11-19 15:37:00	2268000000	INACTIVE
tok_1350	d31254e24caf53f55785846ce2ebaa32	9619836b05bff378c3fc41482076eae5	ck_7	prod.user151	2026-11-19 16:30:00	2271600000	ACTIVE
tok_1351	3ba2725f6a64814f50f78ab55103c216	4659527f845c945c5f587a1377764aa1	ck_8	prod.user152	2026-11-19 17:23:00	2275200000	ACTIVE
tok_1352	23f33c6931f3f6e2ffc0db08891030c7	cefb1721d837e867ae446c2dc2bbc3ea	ck_9	prod.user153	2026-11-19 18:16:00	2278800000	ACTIVE
tok_1353	425c392ca0e1071f29f2dba43bf1e3c1	ebeb47a0dea40a4f32da9e54b0aaa477	ck_10	prod.user154	2026-11-19 19:09:00	2282400000	EXPIRED
tok_1354	4c60cc70ef8941954bd619a160282f13	dbce55c2ef7a81284a863952d720c9f2	ck_11	prod.user155	2026-11-19 20:02:00	2286000000	REVOKED
tok_1355	d8683e090ce6802ff19901e55beee1ff	584ecaba2573c930a08358b59794658e	ck_12	prod.user156	2026-11-19 20:55:00	2289600000	INACTIVE
tok_1356	1cc40dcdfbf3b22000c5168b3b856b06	4771b38c26abbbd914ed007f45b742c2	ck_1	prod.user157	2026-11-19 21:48:00	2293200000	ACTIVE
tok_1357	2462251f044126f28fc80a1cbd6e90f5	f4d7389b8a9142ea44ff4a2e1e895a88	ck_2	prod.user158	2026-11-19 22:41:00	2296800000	ACTIVE
tok_1358	9f486d5bd86029447d942bcfb5acad49	67633798f63598258ff2db5926cd5cd7	ck_3	prod.user159	2026-11-19 23:34:00	2300400000	ACTIVE
tok_1359	37d50b006f66eb0866b32d0d66533c49	0517b84e06ebdabdbfc63cadd3b4dc61	ck_4	prod.user160	2026-11-20 00:27:00	2304000000	EXPIRED
tok_1360	a885326276a4d7a19009152543104cd2	c7f8c781c6327a0cffbb0548c91c2d06	ck_5	prod.user161	2026-11-20 01:20:00	2307600000	REVOKED
tok_1361	19b65bbda65c7ab1890a3bc27f4d4cf1	5ccb51af59735d654ce508d439e151e4	ck_6	prod.user162	2026-11-20 02:13:00	2311200000	INACTIVE
tok_1362	7a76a768479072403a8b5fe0f8fa72bf	cfc3cc538e894f44378c4f9af165268e	ck_7	prod.user163	2026-11-20 03:06:00	2314800000	ACTIVE
tok_1363	493818ce3d703ea88419dbef853d474b	40567fc94b74237d3688fe8cb187a6f9	ck_8	prod.user164	2026-11-20 03:59:00	2318400000	ACTIVE
tok_1364	b8957582724a0c94afc182adf54096c3	4728333211af86f71d01d0e925e28956	ck_9	prod.user165	2026-11-20 04:52:00	2322000000	ACTIVE
tok_1365	b2a64d4c17136dd8e7def9be4c282bcc	f54f906435597d62b174d7852b2d5fe5	ck_10	prod.user166	2026-11-20 05:45:00	2325600000	EXPIRED
tok_1366	224ca28c16f1270c64050697ca722c33	7c7cfecb22ea7877799ece5cb893807a	ck_11	prod.user167	2026-11-20 06:38:00	2329200000	REVOKED
tok_1367	6e9d896c24f13266f9c03c89156fbeb0	8e4403b4a63204a584ee5899d0e34474	ck_12	prod.user168	2026-11-20 07:31:00	2332800000	INACTIVE
tok_1368	6c3222e28c5350953d1aae6fcdbb09f4	6ec1a0e9d3cb612376fd69b5c1e23e9b	ck_1	prod.user169	2026-11-20 08:24:00	2336400000	ACTIVE
tok_1369	2e6af3b7b173abb5e76104fe748cb0df	f0e9d55c0767dd966e68b9a3369d177a	ck_2	prod.user170	2026-11-20 09:17:00	2340000000	ACTIVE
tok_1370	9c20ae52f048934792c3c1556218a5b3	551860dbd28a5db7d195789010fd53c9	ck_3	prod.user171	2026-11-20 10:10:00	2343600000	ACTIVE
tok_1371	8c3d3f9eecb6c0bae5abc2814814eb13	9387039bc93b6fd3f70a500a2a3b515f	ck_4	prod.user172	2026-11-20 11:03:00	2347200000	EXPIRED
tok_1372	5839c054f6263db02511e23ff52047bc	40ecd4fe41ae0ecc1cb557de43987526	ck_5	prod.user173	2026-11-20 11:56:00	2350800000	REVOKED
tok_1373	6a50088c865f09a0a9d9070abc1d3875	9a8fa044ee61f4e9c18fa2da50b97be1	ck_6	prod.user174	2026-11-20 12:49:00	2354400000	INACTIVE
tok_1374	59ae06edb4f65320fdd0e2d1a0a273d2	5a91cc64b2ccea38ef851af8060371fe	ck_7	prod.user175	2026-11-20 13:42:00	2358000000	ACTIVE
tok_1375	52f713db4d6509d1f044a06987c3eccc	4ea8419383054fbe48a8545f65a5f907	ck_8	prod.user176	2026-11-20 14:35:00	2361600000	ACTIVE
tok_1376	995afb04c528b41d0d0c13a6bc83d012	461d0f4f825cfab487cb63dcfc87fbff	ck_9	prod.user177	2026-11-20 15:28:00	2365200000	ACTIVE
tok_1377	1f97e1a58ff969d3a1c82c4eb02c303b	70472ad18cf9e044e482218540a0b874	ck_10	prod.user178	2026-11-20 16:21:00	2368800000	EXPIRED
tok_1378	e78d2b1f1a8e132bfe2db38bd301dc41	8e0b8b2fc99f349fddfc087d46aed7c8	ck_11	prod.user179	2026-11-20 17:14:00	2372400000	REVOKED
tok_1379	11de2be0cf32443eab1a9bd3561b8f6e	5a22f6f3e2c5829a008841da35fb8438	ck_12	prod.user180	2026-11-20 18:07:00	2376000000	INACTIVE
tok_1380	e549ca10a53e242af1fae2f1f1228e07	2e9043dc158f82b02539691cf26bfdc5	ck_1	prod.user181	2026-11-20 19:00:00	2379600000	ACTIVE
tok_1381	7a8ba534a6894a573af089e1bf5bba91	5341a6746dcdf503c61fbddb915762b6	ck_2	prod.user182	2026-11-20 19:53:00	2383200000	ACTIVE
tok_1382	4f71fd9b26bc482555698f6a21c7d787	00afa6b5577b0460ba32d876003bed47	ck_3	prod.user183	2026-11-20 20:46:00	2386800000	ACTIVE
tok_1383	2ff10e4d935023cbbfc4e2c3f02d657b	fb63b02fa2e3a339e751c05d66db4fbb	ck_4	prod.user184	2026-11-20 21:39:00	2390400000	EXPIRED
tok_1384	36da321f7ceefe4d99c4d402bf95b84a	9dbaa17957d717d45a062551f27fa3f6	ck_5	prod.user185	2026-11-20 22:32:00	2394000000	REVOKED
tok_1385	6f2062beda3146fb8267d896b7e479a2	645cbbe8eea2505509e51e41fa152d96	ck_6	prod.user186	2026-11-20 23:25:00	2397600000	INACTIVE
tok_1386	7991905c259b3dd3d3bc9df989d4a8bd	8df463262a0dac7f3289572285b37350	ck_7	prod.user187	2026-11-21 00:18:00	2401200000	ACTIVE
tok_1387	52fc492fceffa2481e58fc93211cbf6a	62bd73c2d5cde9562c371e0c23bb8f82	ck_8	prod.user188	2026-11-21 01:11:00	2404800000	ACTIVE
tok_1388	53e277bdb098460b712888fcada1d272	a03939ad498790e38a3cc640a99059b8	ck_9	prod.user189	2026-11-21 02:04:00	2408400000	ACTIVE
tok_1389	76fd311e2b01103d44c7f95c6466eabf	5eac1d2d87733817c42a41a31b79888b	ck_10	prod.user190	2026-11-21 02:57:00	2412000000	EXPIRED
tok_1390	7e8eb14ae526e388bd9c2eaa9caf20a7	80d0a764c85d9d8af6e92dfbc4593754	ck_11	prod.user191	2026-11-21 03:50:00	2415600000	REVOKED
tok_1391	ad479f2d4fc6b19e3ce58c9ebb36ab4d	f5b90aa1a16db4eb743bbfceae42a155	ck_12	prod.user192	2026-11-21 04:43:00	2419200000	INACTIVE
tok_1392	fc994d9d080c70bf65030d7747790c5d	a72def9149d995e6511924844f94f063	ck_1	prod.user193	2026-11-21 05:36:00	2422800000	ACTIVE
tok_1393	a0b9bf94844d652c91f34f01a4d2f3f5	7e4d9742d19bed518a34e20c05ecabc7	ck_2	prod.user194	2026-11-21 06:29:00	2426400000	ACTIVE
tok_1394	82af4b2b17d91df58c81a5ab3c5c761f	90a6d1b2bc312fd885433d960ed4863c	ck_3	prod.user195	2026-11-21 07:22:00	2430000000	ACTIVE
tok_1395	9ceac81d8c028df2b66a0c3c785f1904	cda5b43a3c1c33360c1110bc3c5fe6fc	ck_4	prod.user196	2026-11-21 08:15:00	2433600000	EXPIRED
tok_1396	462eda6a27594f4dc0142ba1afc074d3	284659f02331063039699efe166ad9d5	ck_5	prod.user197	2026-11-21 09:08:00	2437200000	REVOKED
tok_1397	fe8b5adf9a9ea7888708c56c8733837b	8bf49c3a51e342787ecb847e00f6c46d	ck_6	prod.user198	2026-11-21 10:01:00	2440800000	INACTIVE
tok_1398	caa00a82b165d4e68182a992032fd288	1b90722392f1366b34db1bae1e8512da	ck_7	prod.user199	2026-11-21 10:54:00	2444400000	ACTIVE
tok_1399	89031d6e0422caeb6bfb699d6fb1a9df	3762513e65def10286e01cb8f862a27a	ck_8	prod.user200	2026-11-21 11:47:00	2448000000	ACTIVE
tok_1400	532fac0597f8020b1ac221238647df48	f80f97e3df7301416df6891ea198695e	ck_9	prod.user201	2026-11-21 12:40:00	2451600000	ACTIVE
tok_1401	1972d083143dae93185a95754ab12e53	82cee35c6e1286ca25e975816cac8890	ck_10	prod.user202	2026-11-21 13:33:00	2455200000	EXPIRED
tok_1402	163d479a86266aaa952e5f7301310a96	5e488808d3ab0f5cda235c587e6eeed9	ck_11	prod.user203	2026-11-21 14:26:00	2458800000	REVOKED
tok_1403	a5378d159e70de8b099e58469707e23a	a76ad2dbc45bd50d3f7041f98a9f324b	ck_12	prod.user204	2026-11-21 15:19:00	2462400000	INACTIVE
tok_1404	be28d3fd59e7f440b1f8323d2507a72f	34d6725c88a67e2978f87d6b7544dfc7	ck_1	prod.user205	2026-11-21 16:12:00	2466000000	ACTIVE
tok_1405	f1e0e087e77849053d37e583cd0f2f35	75a846d83e5a1fdd9c101536dcc48633	ck_2	prod.user206	2026-11-21 17:05:00	2469600000	ACTIVE
tok_1406	ed1779523a8ef9f17fa5e86b5ed792a6	ebe9a83376fa22d06aa492dfa3ffd15f	ck_3	prod.user207	2026-11-21 17:58:00	2473200000	ACTIVE
tok_1407	d2032207a26098292ca4e9eb95273604	d6ceb1c133bc98cb2cf1fee7b6337d8a	ck_4	prod.user208	2026-11-21 18:51:00	2476800000	EXPIRED
tok_1408	5b5e4b0ded4a166a33993a2f2e063f49	cd97b6f201c463cd6bf8d3152967dec1	ck_5	prod.user209	2026-11-21 19:44:00	2480400000	REVOKED
tok_1409	4ec32eafcb309b7b66dcba1b9c6fb9aa	7a930205223acd231acc72245a9aebdf	ck_6	prod.user210	2026-11-21 20:37:00	2484000000	INACTIVE
tok_1410	342295b82153c67bb5ee18cf22212438	6ed5d610001d63f2492dd3baef945943	ck_7	prod.user211	2026-11-21 21:30:00	2487600000	ACTIVE
tok_1411	1888e648fbabc4370896e3710f3d01de	7fcea453318844c740ada0c476feb6ec	ck_8	prod.user212	2026-11-21 22:23:00	2491200000	ACTIVE
tok_1412	4bb3cd3e4f88bc6a21a67eda87d71df6	842ec5b26770e609bee2bc7c8ba0f349	ck_9	prod.user213	2026-11-21 23:16:00	2494800000	ACTIVE
tok_1413	5b243e2c56ccd828872283f996a3a4cb	fbf6a09786b217f6f67e6a65e3102225	ck_10	prod.user214	2026-11-22 00:09:00	2498400000	EXPIRED
tok_1414	449f3f13d50debd6e3269e4968453c44	21d59ef24a22e74a7b39e70d56691f76	ck_11	prod.user215	2026-11-22 01:02:00	2502000000	REVOKED
tok_1415	5c2a5ff12bfad6c251e5117d76a4e816	1b1176aa906f6634e72e6e344b0dcecf	ck_12	prod.user216	2026-11-22 01:55:00	2505600000	INACTIVE
tok_1416	4e8a67ccd68ed9c20fb92c91bf358882	0acc31856224a6a15b8f2195cc553b31	ck_1	prod.user217	2026-11-22 02:48:00	2509200000	ACTIVE
tok_1417	4a2be74455f27e0c8c9667205abefbc4	2f76bc5d222984357d13e9ca364e76b0	ck_2	prod.user218	2026-11-22 03:41:00	2512800000	ACTIVE
tok_1418	de2a67c50b8247a55a7da511f8434e9c	5676a814681579790565928bfa5c9312	ck_3	prod.user219	2026-11-22 04:34:00	2516400000	ACTIVE
tok_1419	5a186b95c9eebc58b163e55562889a6d	063b25e5e2e6a15d6165be89bb25e8f1	ck_4	prod.user220	2026-11-22 05:27:00	2520000000	EXPIRED
tok_1420	071f030d7be5a6b8403ce45c8e4b5f74	e89dd19c7be3cef28496747deab7d1bc	ck_5	prod.user221	2026-11-22 06:20:00	2523600000	REVOKED
tok_1421	b17ab756c86c8f2c821cc6e3b09234b3	9d8164af15dee271ad2e8ace2aa25b5b	ck_6	prod.user222	2026-11-22 07:13:00	2527200000	INACTIVE
tok_1422	bf07228f93de4a37181962e1f2eaef52	df58b2b0c2bb13b0b72f99cf0c059670	ck_7	prod.user223	2026-11-22 08:06:00	2530800000	ACTIVE
tok_1423	8dcf38b1e30403d9cdf071ebee504b25	6762b4f7812d2862edc4b98995bddcfe	ck_8	prod.user224	2026-11-22 08:59:00	2534400000	ACTIVE
tok_1424	8a5619def10b5f7674489c2c337b87e2	50dbacf87916c3502b0ff9c2ad2e8c27	ck_9	prod.user225	2026-11-22 09:52:00	2538000000	ACTIVE
tok_1425	4f2bf52c718bc2dd5c32b25aab28f44c	b39da747816135814cd8876a392ef93b	ck_10	prod.user226	2026-11-22 10:45:00	2541600000	EXPIRED
tok_1426	08ead71fd46bf5e5d1c2a7d0fc23fe20	c305091f6dda13761ff8f1dc29c99b15	ck_11	prod.user227	2026-11-22 11:38:00	2545200000	REVOKED
tok_1427	839f910b613067205f0ab4b7ef17ab8c	91678ce976346a135c948138bc76f7bd	ck_12	prod.user228	2026-11-22 12:31:00	2548800000	INACTIVE
tok_1428	1b3613b7386d336e006d937b647ef621	246e1d8c9000b051c885621938a6e540	ck_1	prod.user229	2026-11-22 13:24:00	2552400000	ACTIVE
tok_1429	dcac35d3f5bf06ae0a0b474c6f6dbd94	971afc2dbfc3d2096fe7ea0df50d1c83	ck_2	prod.user230	2026-11-22 14:17:00	2556000000	ACTIVE
tok_1430	d9236b6d5188e229c0d4f7cdbbab1056	cadb21bbbf3f473bddfc0300682d01e7	ck_3	prod.user231	2026-11-22 15:10:00	2559600000	ACTIVE
tok_1431	687891cdbabc81f08803ad3d8f114a17	1421c7e9b22fde6f876b534ca40353a8	ck_4	prod.user232	2026-11-22 16:03:00	2563200000	EXPIRED
tok_1432	72165d48dd3d9c97b4ffabc542c49527	10ade8923ae688c5bf2a400b4906cb8c	ck_5	prod.user233	2026-11-22 16:56:00	2566800000	REVOKED
tok_1433	df6d68861c28fb22e4cf41dfdcce3a41	3a5ea496f60c1dd3e4d3cb0ea6b2ac9f	ck_6	prod.user234	2026-11-22 17:49:00	2570400000	INACTIVE
tok_1434	ffcc4ac354aa323ec345e070039f4000	c18a6448e97b621a2ad8f8a7eabc20b9	ck_7	prod.user235	2026-11-22 18:42:00	2574000000	ACTIVE
tok_1435	6edf4506b7b412cefee9558feb299b89	c6c51e59c1f6a02d663437981351167a	ck_8	prod.user236	2026-11-22 19:35:00	2577600000	ACTIVE
tok_1436	41f3988a380d30a404e2abee4d2e9a26	c9d1fb0a8e03a0b27ea0ff0a0f20c971	ck_9	prod.user237	2026-11-22 20:28:00	2581200000	ACTIVE
tok_1437	32e054bdf711582d662912ef37f233d0	6d1da6a24cbd920969542cce593e84bf	ck_10	prod.user238	2026-11-22 21:21:00	2584800000	EXPIRED
tok_1438	57eb959226ffbf298148bc2d8d602a2d	bf7f4a064e1b5b6ea68792a84ec7eb04	ck_11	prod.user239	2026-11-22 22:14:00	2588400000	REVOKED
tok_1439	f97cd0dcbc6304c90dbb089bb57f3647	196fdfec4eb59dbef7fdfaf3723438c2	ck_12	prod.user240	2026-11-22 23:07:00	2592000000	INACTIVE
tok_1440	5c4e76c14f8f4e90f64a88296360cf34	80f47f9e33d25e2f7fb797d10fe3cdb6	ck_1	prod.user241	2026-11-23 00:00:00	3600000	ACTIVE
tok_1441	4d832a6bbceaacadaff8e6fc45b8857d	89ffce0520d38fde90b6f56fbbb2fe2c	ck_2	prod.user242	2026-11-23 00:53:00	7200000	ACTIVE
tok_1442	25d69ca9736134598f56f7a26b281383	d00792b66f167a367985e0b6e9d94e2d	ck_3	prod.user243	2026-11-23 01:46:00	10800000	ACTIVE
tok_1443	c320c627d5f80f612dec15896438e28d	189c2732b6650f1021e198c4d8c8f410	ck_4	prod.user244	2026-11-23 02:39:00	14400000	EXPIRED
tok_1444	97a07987e194a84f4301e0da3f2c64b6	35e8f61b7f15d7580d7ed8a247934513	ck_5	prod.user245	2026-11-23 03:32:00	18000000	REVOKED
tok_1445	1a7140f151f8b0381e1ac16b6ccacdcd	8787b168d6ebeb1189777bf748691ee2	ck_6	prod.user246	2026-11-23 04:25:00	21600000	INACTIVE
tok_1446	df46620cdd6d05ebc3edd937b1ad933a	281bf6177f5c07f224a36ddb4a960fde	ck_7	prod.user247	2026-11-23 05:18:00	25200000	ACTIVE
tok_1447	6b12831245e8317a7e581b36ccdabc4a	c759a4d477e4e5bf07188443192f53bc	ck_8	prod.user248	2026-11-23 06:11:00	28800000	ACTIVE
tok_1448	cb8bc8fc84188627790f21c6ae8230b3	23e9f331e229bcda0b4f85ca44df8cda	ck_9	prod.user249	2026-11-23 07:04:00	32400000	ACTIVE
tok_1449	326d223307ba244a4c064a354168a02c	8e5429802f12c2b033c4f770f815886f	ck_10	prod.user250	2026-11-23 07:57:00	36000000	EXPIRED
tok_1450	ce8c60b2eb7bd91197ef4981ab08a98f	5aba35731570cf3ffbd15a54b4e19c2c	ck_11	prod.user251	2026-11-23 08:50:00	39600000	REVOKED
tok_1451	84394cdb6910bb02ac6dbfa10b44f943	b11f0e0ae23ce2dc7ba597baf807f51f	ck_12	prod.user252	2026-11-23 09:43:00	43200000	INACTIVE
tok_1452	9c9463a7409c1a3eaee4006c5a9d1e5c	5bfe0e83520d6ac2243d69261c5b92d9	ck_1	prod.user253	2026-11-23 10:36:00	46800000	ACTIVE
tok_1453	7c31a0839394e61c857199fb9b164d6d	395bca30d5fa5213b7493ec8e64a9364	ck_2	prod.user254	2026-11-23 11:29:00	50400000	ACTIVE
tok_1454	2e424df4e300c4d09d1401d89a556b17	7491421ad38f1601ceced1f447c5f663	ck_3	prod.user255	2026-11-23 12:22:00	54000000	ACTIVE
tok_1455	c45e6e94164283a2e50e09cbb7ad9eaa	3d84d3fa32e2f59e5dba035fadd419a0	ck_4	prod.user256	2026-11-23 13:15:00	57600000	EXPIRED
tok_1456	3de912df323377d4e2e6757faf445cf4	9d34700a35cdf8baa76fb9f7919f84db	ck_5	prod.user257	2026-11-23 14:08:00	61200000	REVOKED
tok_1457	7a2d5ea3e649618ab8dc64cdbecc3eb4	239d7a3b4524e5e080f4649c400ae074	ck_6	prod.user258	2026-11-23 15:01:00	64800000	INACTIVE
tok_1458	dc02a4cd5f78ccd570967e77affea76a	64e8ec2fcaca16878183e45b8636c9b3	ck_7	prod.user259	2026-11-23 15:54:00	68400000	ACTIVE
tok_1459	422dafb860f59e4fb61c4a77d36912f7	f81bf4a5f68fed7db5c2f975807bd000	ck_8	prod.user260	2026-11-23 16:47:00	72000000	ACTIVE
tok_1460	4081d701826652bb0292e29268897423	d1fb8b9f19f85be14945f72c532c5024	ck_9	prod.user261	2026-11-23 17:40:00	75600000	ACTIVE
tok_1461	1338272b7474bc1b43fcefc58732ee29	4b93d06b82ef0e3644780bdbabf333e3	ck_10	prod.user262	2026-11-23 18:33:00	79200000	EXPIRED
tok_1462	bb34331352c9512ee26e8342ab78e9b6	9ef177273543764b744270145acfb661	ck_11	prod.user263	2026-11-23 19:26:00	82800000	REVOKED
tok_1463	4d0550d4ff2b47883707912e43100e1d	7e279c233ee5998e13bc108268366129	ck_12	prod.user264	2026-11-23 20:19:00	86400000	INACTIVE
tok_1464	c48fc7c4a9a4030beff61ab32b35cd8d	1ccd5a6434cb4fa2495e4b168dfed821	ck_1	prod.user265	2026-11-23 21:12:00	90000000	ACTIVE
tok_1465	e30dc800528777ec2d1c8f98e5c9dbac	77266b1256d9a7bdd61804305701da4a	ck_2	prod.user266	2026-11-23 22:05:00	93600000	ACTIVE
tok_1466	b84a94b4d1db501c10318f0807fccb0b	ab7ce5b1d157a19b8b01b89470cfbbae	ck_3	prod.user267	2026-11-23 22:58:00	97200000	ACTIVE
tok_1467	a8ab2358636c733d98daee78cb933839	1224fae15847c084192e03f471613a40	ck_4	prod.user268	2026-11-23 23:51:00	100800000	EXPIRED
tok_1468	4cc61976fb6b972c483664a88fc3bc04	1260943cd616f0c4c656126df3b50300	ck_5	prod.user269	2026-11-24 00:44:00	104400000	REVOKED
tok_1469	dd5d16a761debd1c5d34844a66cc3f7b	a6274fd9d7276a56f9bd0f9ce635fbe6	ck_6	prod.user270	2026-11-24 01:37:00	108000000	INACTIVE
tok_1470	bcfda318f724dba107069cc92562692e	ceb9efc3b5852730933e7c65aa29ba21	ck_7	prod.user271	2026-11-24 02:30:00	111600000	ACTIVE
tok_1471	c95cbb25f556f53fded8c6a33eec7cc0	a1d0f493239bfa608a98e1eff2acb396	ck_8	prod.user272	2026-11-24 03:23:00	115200000	ACTIVE
tok_1472	c6c57bf352a360311def9fc267ce20db	7a1d18e5a6cd0833dc03cea5d05b03fb	ck_9	prod.user273	2026-11-24 04:16:00	118800000	ACTIVE
tok_1473	c8c2b22af817fe38261e64ea38aec77a	c499f21b93475637a15bd9d4f0983883	ck_10	prod.user274	2026-11-24 05:09:00	122400000	EXPIRED
tok_1474	940cf6e0b33569b42179eb08e4d8921d	da8d931d14b7680b828a4e1f352efdf3	ck_11	prod.user275	2026-11-24 06:02:00	126000000	REVOKED
tok_1475	dcd087bb66310e841fa1a0bb78a0193c	9bd1317ccd36ad6435b44d9403f20110	ck_12	prod.user276	2026-11-24 06:55:00	129600000	INACTIVE
tok_1476	f2a184bfd75099fb58b5c9a5d46ff3c8	2c3705a07b32c3771956fff8d7a8d61e	ck_1	prod.user277	2026-11-24 07:48:00	133200000	ACTIVE
tok_1477	2e60061365eb5dbcf1dadeb3c9dfb0f6	807ac638f3980fbc9ede9bc7c531259e	ck_2	prod.user278	2026-11-24 08:41:00	136800000	ACTIVE
tok_1478	cd437cd1418cd0099b9060e2958f81b0	98bf0e4dab9c97b1ba98b25c2369ab50	ck_3	prod.user279	2026-11-24 09:34:00	140400000	ACTIVE
tok_1479	00b9f2826a77646346b4265dfea8a5e6	9c185dbd3d9aec6fbdfdf3abd2bfbd83	ck_4	prod.user280	2026-11-24 10:27:00	144000000	EXPIRED
tok_1480	f944ef48d055cc4ad6dead1b19462344	114a08f92b704057935a84979bb30a0d	ck_5	prod.user281	2026-11-24 11:20:00	147600000	REVOKED
tok_1481	4cb01168a559c515eb3ca5553416db80	495b2c79ab002cae01437652610fdeec	ck_6	prod.user282	2026-11-24 12:13:00	151200000	INACTIVE
tok_1482	550ed9db6878e61756087d242e395de5	7cb8e369a2e2f070deda6954e64bb48c	ck_7	prod.user283	2026-11-24 13:06:00	154800000	ACTIVE
tok_1483	0ee072f73a9879e1f123608cc18c1709	635f4636be804bf34bf0204628f239b4	ck_8	prod.user284	2026-11-24 13:59:00	158400000	ACTIVE
tok_1484	0542975e47670b75cd9b7b4bdbe9602f	b743e3537bcddfe9fea362a8824b75a4	ck_9	prod.user285	2026-11-24 14:52:00	162000000	ACTIVE
tok_1485	bcacca8a8cc39defb74629aa4b1e9980	506f044a97ed8631d845e7560c759f74	ck_10	prod.user286	2026-11-24 15:45:00	165600000	EXPIRED
tok_1486	6d2b6a5a6995bed6592f4c16742220c1	a7c1b143dac3d5f34240435eb67cd3c3	ck_11	prod.user287	2026-11-24 16:38:00	169200000	REVOKED
tok_1487	9719dcb760ce88b5f0d0f513a2ece221	96fe05458c7260c0535389e619b4cb60	ck_12	prod.user288	2026-11-24 17:31:00	172800000	INACTIVE
tok_1488	d29af4c4919755eb35836a314bedea5d	8d078b9af82b19cde67e6b68ea47f684	ck_1	prod.user289	2026-11-24 18:24:00	176400000	ACTIVE
tok_1489	62275347db535a7d742cbd154d5e99b2	c13d723dfaa10f1fc6685e0edb137752	ck_2	prod.user290	2026-11-24 19:17:00	180000000	ACTIVE
tok_1490	a6256346845992e8ad346a74d627bfb9	ed2abb7b795a0c5e39aebd69f7c755af	ck_3	prod.user291	2026-11-24 20:10:00	183600000	ACTIVE
tok_1491	af3d2927b81544e1529a7db257e44843	18d663c5bc08a1304ef76c9d571124ed	ck_4	prod.user292	2026-11-24 21:03:00	187200000	EXPIRED
tok_1492	3fae1780ef72d2b345cad647b2c2dfd7	18cba3bffebbf5aa4a3f8f205c777ef2	ck_5	prod.user293	2026-11-24 21:56:00	190800000	REVOKED
tok_1493	34c77470b5db2b177cc415bdbf707cc7	ad4e2c748e61519997ff2a185fcb2460	ck_6	prod.user294	2026-11-24 22:49:00	194400000	INACTIVE
tok_1494	2ac0727559a1b99a591d6a8ff2dbbca2	382f6f274c5b4f43eaa2a4a037c503ed	ck_7	prod.user295	2026-11-24 23:42:00	198000000	ACTIVE
tok_1495	cf7e41faf73e34e2ad308eb3540a14ba	229bf376c185bdbc1bd0ae3de4e62c4e	ck_8	prod.user296	2026-11-25 00:35:00	201600000	ACTIVE
tok_1496	8719d72d9504f5332f5e25b3310dfe85	4474abedc58b64f628db1ba4a357a873	ck_9	prod.user297	2026-11-25 01:28:00	205200000	ACTIVE
tok_1497	bbea00d92a1aa526d2aea9bb084dc417	4342931220b36b1aa0a1a3369291bb31	ck_10	prod.user298	2026-11-25 02:21:00	208800000	EXPIRED
tok_1498	77b9f653eaae81d95dc4dc74b55fd563	7f5024c899d48dc77f0f1909b6b62932	ck_11	prod.user299	2026-11-25 03:14:00	212400000	REVOKED
tok_1499	ff650cfbc849cdacd3cce74fe9098781	17b02ef8b5b5268b94250647d15131ff	ck_12	prod.user300	2026-11-25 04:07:00	216000000	INACTIVE
tok_1500	9709c517adba4471dc56f371941355cd	8c76ca2699e40cebfefaca6ab2b908b6	ck_1	prod.user1	2026-11-25 05:00:00	219600000	ACTIVE
\.


--
-- Data for Name: idn_oauth_consumer_apps; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.idn_oauth_consumer_apps (consumer_key, app_name, callback_url, app_state) FROM stdin;
ck_1	app 1	https://app1.corp.example/callback	ACTIVE
ck_2	app 2	https://app2.corp.example/callback	ACTIVE
ck_3	app 3	https://app3.corp.example/callback	ACTIVE
ck_4	app 4	https://app4.corp.example/callback	ACTIVE
ck_5	app 5	https://app5.corp.example/callback	ACTIVE
ck_6	app 6	https://app6.corp.example/callback	ACTIVE
ck_7	app 7	https://app7.corp.example/callback	ACTIVE
ck_8	app 8	https://app8.corp.example/callback	ACTIVE
ck_9	app 9	https://app9.corp.example/callback	ACTIVE
ck_10	app 10	https://app10.corp.example/callback	ACTIVE
ck_11	app 11	https://app11.corp.example/callback	ACTIVE
ck_12	app 12	https://app12.corp.example/callback	ACTIVE
\.


--
-- Data for Name: pilot_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pilot_schema_history (installed_rank, version, from_version, description, kind, script, checksum, applied_at, execution_ms, success) FROM stdin;
1	5.11.0	\N	baseline	baseline		\N	2026-11-21 23:30:09.896629+00	0	t
\.


--
-- Data for Name: um_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.um_user (um_id, um_user_name, um_email, um_display_name, um_phone, um_changed_time) FROM stdin;
5	prod.user5	user5@prod-corp.example	Prod Person 5	+1-555-000005	2024-01-01 03:05:00
6	prod.user6	user6@prod-corp.example	Prod Person 6	+1-555-000006	2024-01-01 03:42:00
7	prod.user7	user7@prod-corp.example	Prod Person 7	+1-555-000007	2024-01-01 04:19:00
8	prod.user8	user8@prod-corp.example	Prod Person 8	+1-555-000008	2024-01-01 04:56:00
9	prod.user9	user9@prod-corp.example	Prod Person 9	+1-555-000009	2024-01-01 05:33:00
10	prod.user10	user10@prod-corp.example	Prod Person 10	+1-555-000010	2024-01-01 06:10:00
11	prod.user11	user11@prod-corp.example	Prod Person 11	+1-555-000011	2024-01-01 06:47:00
12	prod.user12	user12@prod-corp.example	Prod Person 12	+1-555-000012	2024-01-01 07:24:00
13	prod.user13	user13@prod-corp.example	Prod Person 13	+1-555-000013	2024-01-01 08:01:00
14	prod.user14	user14@prod-corp.example	Prod Person 14	+1-555-000014	2024-01-01 08:38:00
15	prod.user15	user15@prod-corp.example	Prod Person 15	+1-555-000015	2024-01-01 09:15:00
16	prod.user16	user16@prod-corp.example	Prod Person 16	+1-555-000016	2024-01-01 09:52:00
17	prod.user17	user17@prod-corp.example	Prod Person 17	+1-555-000017	2024-01-01 10:29:00
18	prod.user18	user18@prod-corp.example	Prod Person 18	+1-555-000018	2024-01-01 11:06:00
19	prod.user19	user19@prod-corp.example	Prod Person 19	+1-555-000019	2024-01-01 11:43:00
20	prod.user20	user20@prod-corp.example	Prod Person 20	+1-555-000020	2024-01-01 12:20:00
21	prod.user21	user21@prod-corp.example	Prod Person 21	+1-555-000021	2024-01-01 12:57:00
22	prod.user22	user22@prod-corp.example	Prod Person 22	+1-555-000022	2024-01-01 13:34:00
23	prod.user23	user23@prod-corp.example	Prod Person 23	+1-555-000023	2024-01-01 14:11:00
24	prod.user24	user24@prod-corp.example	Prod Person 24	+1-555-000024	2024-01-01 14:48:00
25	prod.user25	user25@prod-corp.example	Prod Person 25	+1-555-000025	2024-01-01 15:25:00
26	prod.user26	user26@prod-corp.example	Prod Person 26	+1-555-000026	2024-01-01 16:02:00
27	prod.user27	user27@prod-corp.example	Prod Person 27	+1-555-000027	2024-01-01 16:39:00
28	prod.user28	user28@prod-corp.example	Prod Person 28	+1-555-000028	2024-01-01 17:16:00
29	prod.user29	user29@prod-corp.example	Prod Person 29	+1-555-000029	2024-01-01 17:53:00
30	prod.user30	user30@prod-corp.example	Prod Person 30	+1-555-000030	2024-01-01 18:30:00
31	prod.user31	user31@prod-corp.example	Prod Person 31	+1-555-000031	2024-01-01 19:07:00
32	prod.user32	user32@prod-corp.example	Prod Person 32	+1-555-000032	2024-01-01 19:44:00
33	prod.user33	user33@prod-corp.example	Prod Person 33	+1-555-000033	2024-01-01 20:21:00
34	prod.user34	user34@prod-corp.example	Prod Person 34	+1-555-000034	2024-01-01 20:58:00
35	prod.user35	user35@prod-corp.example	Prod Person 35	+1-555-000035	2024-01-01 21:35:00
36	prod.user36	user36@prod-corp.example	Prod Person 36	+1-555-000036	2024-01-01 22:12:00
37	prod.user37	user37@prod-corp.example	Prod Person 37	+1-555-000037	2024-01-01 22:49:00
38	prod.user38	user38@prod-corp.example	Prod Person 38	+1-555-000038	2024-01-01 23:26:00
39	prod.user39	user39@prod-corp.example	Prod Person 39	+1-555-000039	2024-01-02 00:03:00
40	prod.user40	user40@prod-corp.example	Prod Person 40	+1-555-000040	2024-01-02 00:40:00
41	prod.user41	user41@prod-corp.example	Prod Person 41	+1-555-000041	2024-01-02 01:17:00
42	prod.user42	user42@prod-corp.example	Prod Person 42	+1-555-000042	2024-01-02 01:54:00
43	prod.user43	user43@prod-corp.example	Prod Person 43	+1-555-000043	2024-01-02 02:31:00
44	prod.user44	user44@prod-corp.example	Prod Person 44	+1-555-000044	2024-01-02 03:08:00
45	prod.user45	user45@prod-corp.example	Prod Person 45	+1-555-000045	2024-01-02 03:45:00
46	prod.user46	user46@prod-corp.example	Prod Person 46	+1-555-000046	2024-01-02 04:22:00
47	prod.user47	user47@prod-corp.example	Prod Person 47	+1-555-000047	2024-01-02 04:59:00
48	prod.user48	user48@prod-corp.example	Prod Person 48	+1-555-000048	2024-01-02 05:36:00
49	prod.user49	user49@prod-corp.example	Prod Person 49	+1-555-000049	2024-01-02 06:13:00
50	prod.user50	user50@prod-corp.example	Prod Person 50	+1-555-000050	2024-01-02 06:50:00
51	prod.user51	user51@prod-corp.example	Prod Person 51	+1-555-000051	2024-01-02 07:27:00
52	prod.user52	user52@prod-corp.example	Prod Person 52	+1-555-000052	2024-01-02 08:04:00
53	prod.user53	user53@prod-corp.example	Prod Person 53	+1-555-000053	2024-01-02 08:41:00
54	prod.user54	user54@prod-corp.example	Prod Person 54	+1-555-000054	2024-01-02 09:18:00
55	prod.user55	user55@prod-corp.example	Prod Person 55	+1-555-000055	2024-01-02 09:55:00
56	prod.user56	user56@prod-corp.example	Prod Person 56	+1-555-000056	2024-01-02 10:32:00
57	prod.user57	user57@prod-corp.example	Prod Person 57	+1-555-000057	2024-01-02 11:09:00
58	prod.user58	user58@prod-corp.example	Prod Person 58	+1-555-000058	2024-01-02 11:46:00
59	prod.user59	user59@prod-corp.example	Prod Person 59	+1-555-000059	2024-01-02 12:23:00
60	prod.user60	user60@prod-corp.example	Prod Person 60	+1-555-000060	2024-01-02 13:00:00
61	prod.user61	user61@prod-corp.example	Prod Person 61	+1-555-000061	2024-01-02 13:37:00
62	prod.user62	user62@prod-corp.example	Prod Person 62	+1-555-000062	2024-01-02 14:14:00
63	prod.user63	user63@prod-corp.example	Prod Person 63	+1-555-000063	2024-01-02 14:51:00
64	prod.user64	user64@prod-corp.example	Prod Person 64	+1-555-000064	2024-01-02 15:28:00
65	prod.user65	user65@prod-corp.example	Prod Person 65	+1-555-000065	2024-01-02 16:05:00
66	prod.user66	user66@prod-corp.example	Prod Person 66	+1-555-000066	2024-01-02 16:42:00
67	prod.user67	user67@prod-corp.example	Prod Person 67	+1-555-000067	2024-01-02 17:19:00
68	prod.user68	user68@prod-corp.example	Prod Person 68	+1-555-000068	2024-01-02 17:56:00
69	prod.user69	user69@prod-corp.example	Prod Person 69	+1-555-000069	2024-01-02 18:33:00
70	prod.user70	user70@prod-corp.example	Prod Person 70	+1-555-000070	2024-01-02 19:10:00
71	prod.user71	user71@prod-corp.example	Prod Person 71	+1-555-000071	2024-01-02 19:47:00
72	prod.user72	user72@prod-corp.example	Prod Person 72	+1-555-000072	2024-01-02 20:24:00
73	prod.user73	user73@prod-corp.example	Prod Person 73	+1-555-000073	2024-01-02 21:01:00
74	prod.user74	user74@prod-corp.example	Prod Person 74	+1-555-000074	2024-01-02 21:38:00
75	prod.user75	user75@prod-corp.example	Prod Person 75	+1-555-000075	2024-01-02 22:15:00
76	prod.user76	user76@prod-corp.example	Prod Person 76	+1-555-000076	2024-01-02 22:52:00
77	prod.user77	user77@prod-corp.example	Prod Person 77	+1-555-000077	2024-01-02 23:29:00
78	prod.user78	user78@prod-corp.example	Prod Person 78	+1-555-000078	2024-01-03 00:06:00
79	prod.user79	user79@prod-corp.example	Prod Person 79	+1-555-000079	2024-01-03 00:43:00
80	prod.user80	user80@prod-corp.example	Prod Person 80	+1-555-000080	2024-01-03 01:20:00
81	prod.user81	user81@prod-corp.example	Prod Person 81	+1-555-000081	2024-01-03 01:57:00
82	prod.user82	user82@prod-corp.example	Prod Person 82	+1-555-000082	2024-01-03 02:34:00
83	prod.user83	user83@prod-corp.example	Prod Person 83	+1-555-000083	2024-01-03 03:11:00
84	prod.user84	user84@prod-corp.example	Prod Person 84	+1-555-000084	2024-01-03 03:48:00
85	prod.user85	user85@prod-corp.example	Prod Person 85	+1-555-000085	2024-01-03 04:25:00
86	prod.user86	user86@prod-corp.example	Prod Person 86	+1-555-000086	2024-01-03 05:02:00
87	prod.user87	user87@prod-corp.example	Prod Person 87	+1-555-000087	2024-01-03 05:39:00
88	prod.user88	user88@prod-corp.example	Prod Person 88	+1-555-000088	2024-01-03 06:16:00
89	prod.user89	user89@prod-corp.example	Prod Person 89	+1-555-000089	2024-01-03 06:53:00
90	prod.user90	user90@prod-corp.example	Prod Person 90	+1-555-000090	2024-01-03 07:30:00
91	prod.user91	user91@prod-corp.example	Prod Person 91	+1-555-000091	2024-01-03 08:07:00
92	prod.user92	user92@prod-corp.example	Prod Person 92	+1-555-000092	2024-01-03 08:44:00
93	prod.user93	user93@prod-corp.example	Prod Person 93	+1-555-000093	2024-01-03 09:21:00
94	prod.user94	user94@prod-corp.example	Prod Person 94	+1-555-000094	2024-01-03 09:58:00
95	prod.user95	user95@prod-corp.example	Prod Person 95	+1-555-000095	2024-01-03 10:35:00
96	prod.user96	user96@prod-corp.example	Prod Person 96	+1-555-000096	2024-01-03 11:12:00
97	prod.user97	user97@prod-corp.example	Prod Person 97	+1-555-000097	2024-01-03 11:49:00
98	prod.user98	user98@prod-corp.example	Prod Person 98	+1-555-000098	2024-01-03 12:26:00
99	prod.user99	user99@prod-corp.example	Prod Person 99	+1-555-000099	2024-01-03 13:03:00
100	prod.user100	user100@prod-corp.example	Prod Person 100	+1-555-000100	2024-01-03 13:40:00
101	prod.user101	user101@prod-corp.example	Prod Person 101	+1-555-000101	2024-01-03 14:17:00
102	prod.user102	user102@prod-corp.example	Prod Person 102	+1-555-000102	2024-01-03 14:54:00
103	prod.user103	user103@prod-corp.example	Prod Person 103	+1-555-000103	2024-01-03 15:31:00
104	prod.user104	user104@prod-corp.example	Prod Person 104	+1-555-000104	2024-01-03 16:08:00
105	prod.user105	user105@prod-corp.example	Prod Person 105	+1-555-000105	2024-01-03 16:45:00
106	prod.user106	user106@prod-corp.example	Prod Person 106	+1-555-000106	2024-01-03 17:22:00
107	prod.user107	user107@prod-corp.example	Prod Person 107	+1-555-000107	2024-01-03 17:59:00
108	prod.user108	user108@prod-corp.example	Prod Person 108	+1-555-000108	2024-01-03 18:36:00
109	prod.user109	user109@prod-corp.example	Prod Person 109	+1-555-000109	2024-01-03 19:13:00
110	prod.user110	user110@prod-corp.example	Prod Person 110	+1-555-000110	2024-01-03 19:50:00
111	prod.user111	user111@prod-corp.example	Prod Person 111	+1-555-000111	2024-01-03 20:27:00
112	prod.user112	user112@prod-corp.example	Prod Person 112	+1-555-000112	2024-01-03 21:04:00
113	prod.user113	user113@prod-corp.example	Prod Person 113	+1-555-000113	2024-01-03 21:41:00
114	prod.user114	user114@prod-corp.example	Prod Person 114	+1-555-000114	2024-01-03 22:18:00
115	prod.user115	user115@prod-corp.example	Prod Person 115	+1-555-000115	2024-01-03 22:55:00
116	prod.user116	user116@prod-corp.example	Prod Person 116	+1-555-000116	2024-01-03 23:32:00
117	prod.user117	user117@prod-corp.example	Prod Person 117	+1-555-000117	2024-01-04 00:09:00
118	prod.user118	user118@prod-corp.example	Prod Person 118	+1-555-000118	2024-01-04 00:46:00
119	prod.user119	user119@prod-corp.example	Prod Person 119	+1-555-000119	2024-01-04 01:23:00
120	prod.user120	user120@prod-corp.example	Prod Person 120	+1-555-000120	2024-01-04 02:00:00
121	prod.user121	user121@prod-corp.example	Prod Person 121	+1-555-000121	2024-01-04 02:37:00
122	prod.user122	user122@prod-corp.example	Prod Person 122	+1-555-000122	2024-01-04 03:14:00
123	prod.user123	user123@prod-corp.example	Prod Person 123	+1-555-000123	2024-01-04 03:51:00
124	prod.user124	user124@prod-corp.example	Prod Person 124	+1-555-000124	2024-01-04 04:28:00
125	prod.user125	user125@prod-corp.example	Prod Person 125	+1-555-000125	2024-01-04 05:05:00
126	prod.user126	user126@prod-corp.example	Prod Person 126	+1-555-000126	2024-01-04 05:42:00
127	prod.user127	user127@prod-corp.example	Prod Person 127	+1-555-000127	2024-01-04 06:19:00
128	prod.user128	user128@prod-corp.example	Prod Person 128	+1-555-000128	2024-01-04 06:56:00
129	prod.user129	user129@prod-corp.example	Prod Person 129	+1-555-000129	2024-01-04 07:33:00
130	prod.user130	user130@prod-corp.example	Prod Person 130	+1-555-000130	2024-01-04 08:10:00
131	prod.user131	user131@prod-corp.example	Prod Person 131	+1-555-000131	2024-01-04 08:47:00
132	prod.user132	user132@prod-corp.example	Prod Person 132	+1-555-000132	2024-01-04 09:24:00
133	prod.user133	user133@prod-corp.example	Prod Person 133	+1-555-000133	2024-01-04 10:01:00
134	prod.user134	user134@prod-corp.example	Prod Person 134	+1-555-000134	2024-01-04 10:38:00
135	prod.user135	user135@prod-corp.example	Prod Person 135	+1-555-000135	2024-01-04 11:15:00
136	prod.user136	user136@prod-corp.example	Prod Person 136	+1-555-000136	2024-01-04 11:52:00
137	prod.user137	user137@prod-corp.example	Prod Person 137	+1-555-000137	2024-01-04 12:29:00
138	prod.user138	user138@prod-corp.example	Prod Person 138	+1-555-000138	2024-01-04 13:06:00
139	prod.user139	user139@prod-corp.example	Prod Person 139	+1-555-000139	2024-01-04 13:43:00
140	prod.user140	user140@prod-corp.example	Prod Person 140	+1-555-000140	2024-01-04 14:20:00
141	prod.user141	user141@prod-corp.example	Prod Person 141	+1-555-000141	2024-01-04 14:57:00
142	prod.user142	user142@prod-corp.example	Prod Person 142	+1-555-000142	2024-01-04 15:34:00
143	prod.user143	user143@prod-corp.example	Prod Person 143	+1-555-000143	2024-01-04 16:11:00
144	prod.user144	user144@prod-corp.example	Prod Person 144	+1-555-000144	2024-01-04 16:48:00
145	prod.user145	user145@prod-corp.example	Prod Person 145	+1-555-000145	2024-01-04 17:25:00
146	prod.user146	user146@prod-corp.example	Prod Person 146	+1-555-000146	2024-01-04 18:02:00
147	prod.user147	user147@prod-corp.example	Prod Person 147	+1-555-000147	2024-01-04 18:39:00
148	prod.user148	user148@prod-corp.example	Prod Person 148	+1-555-000148	2024-01-04 19:16:00
149	prod.user149	user149@prod-corp.example	Prod Person 149	+1-555-000149	2024-01-04 19:53:00
150	prod.user150	user150@prod-corp.example	Prod Person 150	+1-555-000150	2024-01-04 20:30:00
151	prod.user151	user151@prod-corp.example	Prod Person 151	+1-555-000151	2024-01-04 21:07:00
152	prod.user152	user152@prod-corp.example	Prod Person 152	+1-555-000152	2024-01-04 21:44:00
153	prod.user153	user153@prod-corp.example	Prod Person 153	+1-555-000153	2024-01-04 22:21:00
154	prod.user154	user154@prod-corp.example	Prod Person 154	+1-555-000154	2024-01-04 22:58:00
155	prod.user155	user155@prod-corp.example	Prod Person 155	+1-555-000155	2024-01-04 23:35:00
156	prod.user156	user156@prod-corp.example	Prod Person 156	+1-555-000156	2024-01-05 00:12:00
157	prod.user157	user157@prod-corp.example	Prod Person 157	+1-555-000157	2024-01-05 00:49:00
158	prod.user158	user158@prod-corp.example	Prod Person 158	+1-555-000158	2024-01-05 01:26:00
159	prod.user159	user159@prod-corp.example	Prod Person 159	+1-555-000159	2024-01-05 02:03:00
160	prod.user160	user160@prod-corp.example	Prod Person 160	+1-555-000160	2024-01-05 02:40:00
161	prod.user161	user161@prod-corp.example	Prod Person 161	+1-555-000161	2024-01-05 03:17:00
162	prod.user162	user162@prod-corp.example	Prod Person 162	+1-555-000162	2024-01-05 03:54:00
163	prod.user163	user163@prod-corp.example	Prod Person 163	+1-555-000163	2024-01-05 04:31:00
164	prod.user164	user164@prod-corp.example	Prod Person 164	+1-555-000164	2024-01-05 05:08:00
165	prod.user165	user165@prod-corp.example	Prod Person 165	+1-555-000165	2024-01-05 05:45:00
166	prod.user166	user166@prod-corp.example	Prod Person 166	+1-555-000166	2024-01-05 06:22:00
167	prod.user167	user167@prod-corp.example	Prod Person 167	+1-555-000167	2024-01-05 06:59:00
168	prod.user168	user168@prod-corp.example	Prod Person 168	+1-555-000168	2024-01-05 07:36:00
169	prod.user169	user169@prod-corp.example	Prod Person 169	+1-555-000169	2024-01-05 08:13:00
170	prod.user170	user170@prod-corp.example	Prod Person 170	+1-555-000170	2024-01-05 08:50:00
171	prod.user171	user171@prod-corp.example	Prod Person 171	+1-555-000171	2024-01-05 09:27:00
172	prod.user172	user172@prod-corp.example	Prod Person 172	+1-555-000172	2024-01-05 10:04:00
173	prod.user173	user173@prod-corp.example	Prod Person 173	+1-555-000173	2024-01-05 10:41:00
174	prod.user174	user174@prod-corp.example	Prod Person 174	+1-555-000174	2024-01-05 11:18:00
175	prod.user175	user175@prod-corp.example	Prod Person 175	+1-555-000175	2024-01-05 11:55:00
176	prod.user176	user176@prod-corp.example	Prod Person 176	+1-555-000176	2024-01-05 12:32:00
177	prod.user177	user177@prod-corp.example	Prod Person 177	+1-555-000177	2024-01-05 13:09:00
178	prod.user178	user178@prod-corp.example	Prod Person 178	+1-555-000178	2024-01-05 13:46:00
179	prod.user179	user179@prod-corp.example	Prod Person 179	+1-555-000179	2024-01-05 14:23:00
180	prod.user180	user180@prod-corp.example	Prod Person 180	+1-555-000180	2024-01-05 15:00:00
181	prod.user181	user181@prod-corp.example	Prod Person 181	+1-555-000181	2024-01-05 15:37:00
182	prod.user182	user182@prod-corp.example	Prod Person 182	+1-555-000182	2024-01-05 16:14:00
183	prod.user183	user183@prod-corp.example	Prod Person 183	+1-555-000183	2024-01-05 16:51:00
184	prod.user184	user184@prod-corp.example	Prod Person 184	+1-555-000184	2024-01-05 17:28:00
185	prod.user185	user185@prod-corp.example	Prod Person 185	+1-555-000185	2024-01-05 18:05:00
186	prod.user186	user186@prod-corp.example	Prod Person 186	+1-555-000186	2024-01-05 18:42:00
187	prod.user187	user187@prod-corp.example	Prod Person 187	+1-555-000187	2024-01-05 19:19:00
188	prod.user188	user188@prod-corp.example	Prod Person 188	+1-555-000188	2024-01-05 19:56:00
189	prod.user189	user189@prod-corp.example	Prod Person 189	+1-555-000189	2024-01-05 20:33:00
190	prod.user190	user190@prod-corp.example	Prod Person 190	+1-555-000190	2024-01-05 21:10:00
191	prod.user191	user191@prod-corp.example	Prod Person 191	+1-555-000191	2024-01-05 21:47:00
192	prod.user192	user192@prod-corp.example	Prod Person 192	+1-555-000192	2024-01-05 22:24:00
193	prod.user193	user193@prod-corp.example	Prod Person 193	+1-555-000193	2024-01-05 23:01:00
194	prod.user194	user194@prod-corp.example	Prod Person 194	+1-555-000194	2024-01-05 23:38:00
195	prod.user195	user195@prod-corp.example	Prod Person 195	+1-555-000195	2024-01-06 00:15:00
196	prod.user196	user196@prod-corp.example	Prod Person 196	+1-555-000196	2024-01-06 00:52:00
197	prod.user197	user197@prod-corp.example	Prod Person 197	+1-555-000197	2024-01-06 01:29:00
198	prod.user198	user198@prod-corp.example	Prod Person 198	+1-555-000198	2024-01-06 02:06:00
199	prod.user199	user199@prod-corp.example	Prod Person 199	+1-555-000199	2024-01-06 02:43:00
200	prod.user200	user200@prod-corp.example	Prod Person 200	+1-555-000200	2024-01-06 03:20:00
201	prod.user201	user201@prod-corp.example	Prod Person 201	+1-555-000201	2024-01-06 03:57:00
202	prod.user202	user202@prod-corp.example	Prod Person 202	+1-555-000202	2024-01-06 04:34:00
203	prod.user203	user203@prod-corp.example	Prod Person 203	+1-555-000203	2024-01-06 05:11:00
204	prod.user204	user204@prod-corp.example	Prod Person 204	+1-555-000204	2024-01-06 05:48:00
205	prod.user205	user205@prod-corp.example	Prod Person 205	+1-555-000205	2024-01-06 06:25:00
206	prod.user206	user206@prod-corp.example	Prod Person 206	+1-555-000206	2024-01-06 07:02:00
207	prod.user207	user207@prod-corp.example	Prod Person 207	+1-555-000207	2024-01-06 07:39:00
208	prod.user208	user208@prod-corp.example	Prod Person 208	+1-555-000208	2024-01-06 08:16:00
209	prod.user209	user209@prod-corp.example	Prod Person 209	+1-555-000209	2024-01-06 08:53:00
210	prod.user210	user210@prod-corp.example	Prod Person 210	+1-555-000210	2024-01-06 09:30:00
211	prod.user211	user211@prod-corp.example	Prod Person 211	+1-555-000211	2024-01-06 10:07:00
212	prod.user212	user212@prod-corp.example	Prod Person 212	+1-555-000212	2024-01-06 10:44:00
213	prod.user213	user213@prod-corp.example	Prod Person 213	+1-555-000213	2024-01-06 11:21:00
214	prod.user214	user214@prod-corp.example	Prod Person 214	+1-555-000214	2024-01-06 11:58:00
215	prod.user215	user215@prod-corp.example	Prod Person 215	+1-555-000215	2024-01-06 12:35:00
216	prod.user216	user216@prod-corp.example	Prod Person 216	+1-555-000216	2024-01-06 13:12:00
217	prod.user217	user217@prod-corp.example	Prod Person 217	+1-555-000217	2024-01-06 13:49:00
218	prod.user218	user218@prod-corp.example	Prod Person 218	+1-555-000218	2024-01-06 14:26:00
219	prod.user219	user219@prod-corp.example	Prod Person 219	+1-555-000219	2024-01-06 15:03:00
220	prod.user220	user220@prod-corp.example	Prod Person 220	+1-555-000220	2024-01-06 15:40:00
221	prod.user221	user221@prod-corp.example	Prod Person 221	+1-555-000221	2024-01-06 16:17:00
222	prod.user222	user222@prod-corp.example	Prod Person 222	+1-555-000222	2024-01-06 16:54:00
223	prod.user223	user223@prod-corp.example	Prod Person 223	+1-555-000223	2024-01-06 17:31:00
224	prod.user224	user224@prod-corp.example	Prod Person 224	+1-555-000224	2024-01-06 18:08:00
225	prod.user225	user225@prod-corp.example	Prod Person 225	+1-555-000225	2024-01-06 18:45:00
226	prod.user226	user226@prod-corp.example	Prod Person 226	+1-555-000226	2024-01-06 19:22:00
227	prod.user227	user227@prod-corp.example	Prod Person 227	+1-555-000227	2024-01-06 19:59:00
228	prod.user228	user228@prod-corp.example	Prod Person 228	+1-555-000228	2024-01-06 20:36:00
229	prod.user229	user229@prod-corp.example	Prod Person 229	+1-555-000229	2024-01-06 21:13:00
230	prod.user230	user230@prod-corp.example	Prod Person 230	+1-555-000230	2024-01-06 21:50:00
231	prod.user231	user231@prod-corp.example	Prod Person 231	+1-555-000231	2024-01-06 22:27:00
232	prod.user232	user232@prod-corp.example	Prod Person 232	+1-555-000232	2024-01-06 23:04:00
233	prod.user233	user233@prod-corp.example	Prod Person 233	+1-555-000233	2024-01-06 23:41:00
234	prod.user234	user234@prod-corp.example	Prod Person 234	+1-555-000234	2024-01-07 00:18:00
235	prod.user235	user235@prod-corp.example	Prod Person 235	+1-555-000235	2024-01-07 00:55:00
236	prod.user236	user236@prod-corp.example	Prod Person 236	+1-555-000236	2024-01-07 01:32:00
237	prod.user237	user237@prod-corp.example	Prod Person 237	+1-555-000237	2024-01-07 02:09:00
238	prod.user238	user238@prod-corp.example	Prod Person 238	+1-555-000238	2024-01-07 02:46:00
239	prod.user239	user239@prod-corp.example	Prod Person 239	+1-555-000239	2024-01-07 03:23:00
240	prod.user240	user240@prod-corp.example	Prod Person 240	+1-555-000240	2024-01-07 04:00:00
241	prod.user241	user241@prod-corp.example	Prod Person 241	+1-555-000241	2024-01-07 04:37:00
242	prod.user242	user242@prod-corp.example	Prod Person 242	+1-555-000242	2024-01-07 05:14:00
243	prod.user243	user243@prod-corp.example	Prod Person 243	+1-555-000243	2024-01-07 05:51:00
244	prod.user244	user244@prod-corp.example	Prod Person 244	+1-555-000244	2024-01-07 06:28:00
245	prod.user245	user245@prod-corp.example	Prod Person 245	+1-555-000245	2024-01-07 07:05:00
246	prod.user246	user246@prod-corp.example	Prod Person 246	+1-555-000246	2024-01-07 07:42:00
247	prod.user247	user247@prod-corp.example	Prod Person 247	+1-555-000247	2024-01-07 08:19:00
248	prod.user248	user248@prod-corp.example	Prod Person 248	+1-555-000248	2024-01-07 08:56:00
249	prod.user249	user249@prod-corp.example	Prod Person 249	+1-555-000249	2024-01-07 09:33:00
250	prod.user250	user250@prod-corp.example	Prod Person 250	+1-555-000250	2024-01-07 10:10:00
251	prod.user251	user251@prod-corp.example	Prod Person 251	+1-555-000251	2024-01-07 10:47:00
252	prod.user252	user252@prod-corp.example	Prod Person 252	+1-555-000252	2024-01-07 11:24:00
253	prod.user253	user253@prod-corp.example	Prod Person 253	+1-555-000253	2024-01-07 12:01:00
254	prod.user254	user254@prod-corp.example	Prod Person 254	+1-555-000254	2024-01-07 12:38:00
255	prod.user255	user255@prod-corp.example	Prod Person 255	+1-555-000255	2024-01-07 13:15:00
256	prod.user256	user256@prod-corp.example	Prod Person 256	+1-555-000256	2024-01-07 13:52:00
257	prod.user257	user257@prod-corp.example	Prod Person 257	+1-555-000257	2024-01-07 14:29:00
258	prod.user258	user258@prod-corp.example	Prod Person 258	+1-555-000258	2024-01-07 15:06:00
259	prod.user259	user259@prod-corp.example	Prod Person 259	+1-555-000259	2024-01-07 15:43:00
260	prod.user260	user260@prod-corp.example	Prod Person 260	+1-555-000260	2024-01-07 16:20:00
261	prod.user261	user261@prod-corp.example	Prod Person 261	+1-555-000261	2024-01-07 16:57:00
262	prod.user262	user262@prod-corp.example	Prod Person 262	+1-555-000262	2024-01-07 17:34:00
263	prod.user263	user263@prod-corp.example	Prod Person 263	+1-555-000263	2024-01-07 18:11:00
264	prod.user264	user264@prod-corp.example	Prod Person 264	+1-555-000264	2024-01-07 18:48:00
265	prod.user265	user265@prod-corp.example	Prod Person 265	+1-555-000265	2024-01-07 19:25:00
266	prod.user266	user266@prod-corp.example	Prod Person 266	+1-555-000266	2024-01-07 20:02:00
267	prod.user267	user267@prod-corp.example	Prod Person 267	+1-555-000267	2024-01-07 20:39:00
268	prod.user268	user268@prod-corp.example	Prod Person 268	+1-555-000268	2024-01-07 21:16:00
269	prod.user269	user269@prod-corp.example	Prod Person 269	+1-555-000269	2024-01-07 21:53:00
270	prod.user270	user270@prod-corp.example	Prod Person 270	+1-555-000270	2024-01-07 22:30:00
271	prod.user271	user271@prod-corp.example	Prod Person 271	+1-555-000271	2024-01-07 23:07:00
272	prod.user272	user272@prod-corp.example	Prod Person 272	+1-555-000272	2024-01-07 23:44:00
273	prod.user273	user273@prod-corp.example	Prod Person 273	+1-555-000273	2024-01-08 00:21:00
274	prod.user274	user274@prod-corp.example	Prod Person 274	+1-555-000274	2024-01-08 00:58:00
275	prod.user275	user275@prod-corp.example	Prod Person 275	+1-555-000275	2024-01-08 01:35:00
276	prod.user276	user276@prod-corp.example	Prod Person 276	+1-555-000276	2024-01-08 02:12:00
277	prod.user277	user277@prod-corp.example	Prod Person 277	+1-555-000277	2024-01-08 02:49:00
278	prod.user278	user278@prod-corp.example	Prod Person 278	+1-555-000278	2024-01-08 03:26:00
279	prod.user279	user279@prod-corp.example	Prod Person 279	+1-555-000279	2024-01-08 04:03:00
280	prod.user280	user280@prod-corp.example	Prod Person 280	+1-555-000280	2024-01-08 04:40:00
281	prod.user281	user281@prod-corp.example	Prod Person 281	+1-555-000281	2024-01-08 05:17:00
282	prod.user282	user282@prod-corp.example	Prod Person 282	+1-555-000282	2024-01-08 05:54:00
283	prod.user283	user283@prod-corp.example	Prod Person 283	+1-555-000283	2024-01-08 06:31:00
284	prod.user284	user284@prod-corp.example	Prod Person 284	+1-555-000284	2024-01-08 07:08:00
285	prod.user285	user285@prod-corp.example	Prod Person 285	+1-555-000285	2024-01-08 07:45:00
286	prod.user286	user286@prod-corp.example	Prod Person 286	+1-555-000286	2024-01-08 08:22:00
287	prod.user287	user287@prod-corp.example	Prod Person 287	+1-555-000287	2024-01-08 08:59:00
288	prod.user288	user288@prod-corp.example	Prod Person 288	+1-555-000288	2024-01-08 09:36:00
289	prod.user289	user289@prod-corp.example	Prod Person 289	+1-555-000289	2024-01-08 10:13:00
290	prod.user290	user290@prod-corp.example	Prod Person 290	+1-555-000290	2024-01-08 10:50:00
291	prod.user291	user291@prod-corp.example	Prod Person 291	+1-555-000291	2024-01-08 11:27:00
292	prod.user292	user292@prod-corp.example	Prod Person 292	+1-555-000292	2024-01-08 12:04:00
293	prod.user293	user293@prod-corp.example	Prod Person 293	+1-555-000293	2024-01-08 12:41:00
294	prod.user294	user294@prod-corp.example	Prod Person 294	+1-555-000294	2024-01-08 13:18:00
295	prod.user295	user295@prod-corp.example	Prod Person 295	+1-555-000295	2024-01-08 13:55:00
296	prod.user296	user296@prod-corp.example	Prod Person 296	+1-555-000296	2024-01-08 14:32:00
297	prod.user297	user297@prod-corp.example	Prod Person 297	+1-555-000297	2024-01-08 15:09:00
298	prod.user298	user298@prod-corp.example	Prod Person 298	+1-555-000298	2024-01-08 15:46:00
299	prod.user299	user299@prod-corp.example	Prod Person 299	+1-555-000299	2024-01-08 16:23:00
300	prod.user300	user300@prod-corp.example	Prod Person 300	+1-555-000300	2024-01-08 17:00:00
1	prod.user1	tab\\back@prod-corp.example	Prod Person Tab\there	+1-555-000001	2024-01-01 00:37:00
2	prod.user2	user2@prod-corp.example	Prod Person\nNewline	\N	2024-01-01 01:14:00
3	prod.user3	zoë@prod-corp.example	Prod Person Zoë 山田 🙂	+1-555-000003	2024-01-01 01:51:00
4	prod.user4	\N	Prod Person 4	+1-555-000004	2024-01-01 02:28:00
\.


--
-- Name: idn_auth_session_store idn_auth_session_store_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idn_auth_session_store
    ADD CONSTRAINT idn_auth_session_store_pkey PRIMARY KEY (session_id, session_type, time_created, operation);


--
-- Name: idn_oauth2_access_token idn_oauth2_access_token_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idn_oauth2_access_token
    ADD CONSTRAINT idn_oauth2_access_token_pkey PRIMARY KEY (token_id);


--
-- Name: idn_oauth_consumer_apps idn_oauth_consumer_apps_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idn_oauth_consumer_apps
    ADD CONSTRAINT idn_oauth_consumer_apps_pkey PRIMARY KEY (consumer_key);


--
-- Name: pilot_schema_history pilot_schema_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pilot_schema_history
    ADD CONSTRAINT pilot_schema_history_pkey PRIMARY KEY (installed_rank);


--
-- Name: um_user um_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.um_user
    ADD CONSTRAINT um_user_pkey PRIMARY KEY (um_id);


--
-- Name: um_user um_user_um_email_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.um_user
    ADD CONSTRAINT um_user_um_email_key UNIQUE (um_email);


--
-- Name: um_user um_user_um_user_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.um_user
    ADD CONSTRAINT um_user_um_user_name_key UNIQUE (um_user_name);


--
-- Name: idn_oauth2_access_token idn_oauth2_access_token_authz_user_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idn_oauth2_access_token
    ADD CONSTRAINT idn_oauth2_access_token_authz_user_fkey FOREIGN KEY (authz_user) REFERENCES public.um_user(um_user_name);


--
-- Name: idn_oauth2_access_token idn_oauth2_access_token_consumer_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idn_oauth2_access_token
    ADD CONSTRAINT idn_oauth2_access_token_consumer_key_fkey FOREIGN KEY (consumer_key) REFERENCES public.idn_oauth_consumer_apps(consumer_key);


--
-- PostgreSQL database dump complete
--

\unrestrict pXk8Fos6ecesr8NAH9PDGHUQrfvP0LHQ5g1dCgxB7VTTPvUtk6Xg4hWf5oDaMTD

